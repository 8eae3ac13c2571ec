using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// Inserts a table's rows on SQLite's own statement, bound by position with the values Microsoft.Data.Sqlite binds for
/// <see cref="RowWriter{TRow}"/>'s parameters (integers as 64-bit, decimals as its invariant text, arrays as JSON text,
/// null as NULL). Through the ADO.NET command every value was boxed, every parameter looked up by name at every row, and
/// every text copied to a new UTF-8 array: a third of storing's own CPU. Texts are encoded into one pooled buffer.
/// </summary>
internal static class SqliteRowWriter<TRow>
{
    // Microsoft.Data.Sqlite's text for a decimal (SqliteValueBinder); SqliteRowWriterTests hold the two together.
    private const string DecimalFormat = "0.0###########################";

    private static readonly Binder[] Binders =
        [.. typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(Binder.For)];

    private static readonly ConcurrentDictionary<string, string> Inserts = new(StringComparer.Ordinal);

    public static void Insert(SqliteConnection connection, string table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var sql = Inserts.GetOrAdd(table, static t => $"INSERT INTO {t} ({string.Join(", ", RowInsert<TRow>.Columns)}) VALUES ({string.Join(", ", Enumerable.Range(1, Binders.Length).Select(i => "?" + i))})");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out var statement), database);
        var text = new TextBuffer();
        using (statement)
        {
            try
            {
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var i = 0; i < Binders.Length; i++)
                    {
                        SqliteException.ThrowExceptionForRC(Binders[i].Bind(statement, i + 1, row, text), database);
                    }
                    var rc = raw.sqlite3_step(statement);
                    if (rc != raw.SQLITE_DONE)
                    {
                        SqliteException.ThrowExceptionForRC(rc, database);
                    }
                    raw.sqlite3_reset(statement);
                }
            }
            finally
            {
                text.Return();
            }
        }
    }

    /// <summary>One UTF-8 buffer for a call's texts; SQLite copies a bound text (SQLITE_TRANSIENT).</summary>
    private sealed class TextBuffer
    {
        private byte[] _bytes = [];

        public int Bind(sqlite3_stmt statement, int index, string? value)
        {
            if (value is null)
            {
                return raw.sqlite3_bind_null(statement, index);
            }
            // An empty span pins to a null pointer, which SQLite binds as NULL; and a NUL in the text: the very call
            // Microsoft.Data.Sqlite makes, whatever it does with one.
            if (value.Length == 0 || value.Contains('\0', StringComparison.Ordinal))
            {
                return raw.sqlite3_bind_text(statement, index, value);
            }
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_bytes.Length < most)
            {
                Return();
                _bytes = ArrayPool<byte>.Shared.Rent(most);
            }
            var length = Encoding.UTF8.GetBytes(value, _bytes);
            return raw.sqlite3_bind_text(statement, index, _bytes.AsSpan(0, length));
        }

        public void Return()
        {
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = [];
            }
        }
    }

    private abstract class Binder
    {
        public abstract int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text);

        public static Binder For(PropertyInfo property)
        {
            var type = property.PropertyType;
            if (type.IsArray)
            {
                return new Json(Getter<object?>(property), type);
            }
            if (type == typeof(string))
            {
                return new Text(Getter<string?>(property));
            }
            if (type == typeof(int))
            {
                var get = Getter<int>(property);
                return new Integer(row => get(row));
            }
            if (type == typeof(int?))
            {
                var get = Getter<int?>(property);
                return new Integer(row => get(row));
            }
            if (type == typeof(long))
            {
                var get = Getter<long>(property);
                return new Integer(row => get(row));
            }
            if (type == typeof(long?))
            {
                return new Integer(Getter<long?>(property));
            }
            if (type == typeof(decimal))
            {
                var get = Getter<decimal>(property);
                return new DecimalText(row => get(row));
            }
            if (type == typeof(decimal?))
            {
                return new DecimalText(Getter<decimal?>(property));
            }
            if (type == typeof(double))
            {
                var get = Getter<double>(property);
                return new Real(row => get(row));
            }
            if (type == typeof(double?))
            {
                return new Real(Getter<double?>(property));
            }
            throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: a {type.Name} column has no binding in {nameof(SqliteRowWriter<TRow>)}; add one beside string, int, long, decimal, double and arrays");
        }

        private static Func<TRow, T> Getter<T>(PropertyInfo property) =>
            property.GetGetMethod()!.CreateDelegate<Func<TRow, T>>();
    }

    private sealed class Text(Func<TRow, string?> get) : Binder
    {
        public override int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text) => text.Bind(statement, index, get(row));
    }

    private sealed class Json(Func<TRow, object?> get, Type type) : Binder
    {
        public override int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text) =>
            text.Bind(statement, index, get(row) is { } value ? JsonSerializer.Serialize(value, type, StorageJson.Options) : null);
    }

    private sealed class Integer(Func<TRow, long?> get) : Binder
    {
        public override int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text) =>
            get(row) is { } value ? raw.sqlite3_bind_int64(statement, index, value) : raw.sqlite3_bind_null(statement, index);
    }

    private sealed class DecimalText(Func<TRow, decimal?> get) : Binder
    {
        public override int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text) =>
            text.Bind(statement, index, get(row)?.ToString(DecimalFormat, CultureInfo.InvariantCulture));
    }

    private sealed class Real(Func<TRow, double?> get) : Binder
    {
        public override int Bind(sqlite3_stmt statement, int index, TRow row, TextBuffer text) => get(row) switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            // As Microsoft.Data.Sqlite refuses it.
            double.NaN => throw new InvalidOperationException($"{typeof(TRow).Name}: NaN cannot be stored"),
            var value => raw.sqlite3_bind_double(statement, index, value.Value),
        };
    }
}
