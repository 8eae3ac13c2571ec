using System.Reflection;

namespace WeiduEtl.Storage;

/// <summary>
/// The INSERT of a contract table, its column list read from the row record (each property's snake_case name), so
/// adding a column to a record and its migration is all the storing needs; ContractSchemaAgreementTests holds the
/// record, the migrations and the published contract together.
/// </summary>
internal static class RowInsert<TRow>
{
    private static readonly string[] Properties =
        [.. typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(p => p.Name)];

    /// <summary>The columns in the record's declaration order, which is the contract's column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Properties.Select(SnakeCase.Of)];

    /// <summary><c>INSERT INTO table (a, b) VALUES (@A, @B)</c> each parameter named for the property it is bound from (<see cref="RowWriter{TRow}"/>).</summary>
    public static string Into(string table) =>
        $"INSERT INTO {table} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Properties.Select(p => "@" + p))})";
}
