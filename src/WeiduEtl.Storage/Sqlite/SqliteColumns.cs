using System.Globalization;
using SQLitePCL;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// The current row of a stepped SQLite statement, read a column at a time with one or two calls into SQLite where a
/// boxed <c>GetValue</c> costs three or four (each through the statement's handle count and the connection's mutex).
/// </summary>
internal sealed class SqliteColumns(sqlite3_stmt statement)
{
    /// <summary>The column as text, null when it is NULL: the string Microsoft.Data.Sqlite's GetString makes of it.</summary>
    public string? Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public int Int32(int column) => checked((int)raw.sqlite3_column_int64(statement, column));

    /// <summary>A number kept as text (TEXT affinity), converted as Dapper converts it: invariant, no exponent.</summary>
    public decimal Decimal(int column) => Convert.ToDecimal(Text(column), CultureInfo.InvariantCulture);

    public int? NullableInt32(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Int32(column);
}
