namespace WeiduEtl.Storage.Sqlite;

/// <summary>A row type's columns in the order <see cref="Map"/> reads them from a query that selects exactly those.</summary>
internal sealed record SqliteTableRows<T>(IReadOnlyList<string> Columns, Func<SqliteColumns, T> Map)
{
    /// <summary>The select list for a query that names the table <paramref name="alias"/>.</summary>
    public string Select(string alias) => "SELECT " + string.Join(", ", Columns.Select(c => $"{alias}.{c}"));
}
