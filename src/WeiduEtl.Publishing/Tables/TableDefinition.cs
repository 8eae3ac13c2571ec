namespace WeiduEtl.Publishing.Tables;

/// <summary>A published table: columns in contract order, keys, and its rows.</summary>
public sealed record TableDefinition(
    string Name,
    string Title,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKeyDefinition> ForeignKeys);

/// <summary>A column that points at another table's key.</summary>
public sealed record ForeignKeyDefinition(string Field, string Resource, string ReferencedField);
