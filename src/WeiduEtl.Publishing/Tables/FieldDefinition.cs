namespace WeiduEtl.Publishing.Tables;

/// <summary>One column of a published table: its Table Schema name, type and meaning, and how to read it from a row.</summary>
/// <param name="Type">Table Schema type: string, integer, number, date, datetime or array.</param>
public sealed record FieldDefinition(string Name, string Type, string Description, Func<object, object?> Value, bool Required = false);
