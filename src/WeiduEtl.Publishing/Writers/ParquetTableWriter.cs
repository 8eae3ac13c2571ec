using System.Globalization;
using Parquet;
using Parquet.Schema;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>
/// Writes a table as Parquet with the contract's columns in order and typed as Table Schema types them: string,
/// integer (INT64), number (DOUBLE), date (DATE), datetime (UTC timestamp, ms); arrays as the CSV's JSON text. Rows
/// are written in row groups of <see cref="RowGroupRows"/>, so memory holds one group, not the table.
/// </summary>
internal sealed class ParquetTableWriter : ITableFileWriter
{
    private const int RowGroupRows = 10_000;

    private readonly Stream _stream;
    private readonly ParquetSchema _schema;
    private readonly ParquetColumn[] _columns;
    private int _rows;
    private ParquetWriter? _writer;

    private ParquetTableWriter(Stream stream, TableDefinition table)
    {
        _stream = stream;
        _schema = new ParquetSchema([.. table.Fields.Select(Field)]);
        _columns = [.. table.Fields.Select((f, i) => ParquetColumn.For(f, _schema.DataFields[i], RowGroupRows))];
    }

    public static ITableFileWriter Open(Stream stream, TableDefinition table) => new ParquetTableWriter(stream, table);

    public async ValueTask WriteRowAsync(object?[] cells, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Set(_rows, cells[i]);
        }
        if (++_rows == RowGroupRows)
        {
            await WriteRowGroupAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _stream, cancellationToken: cancellationToken);
        if (_rows > 0)
        {
            await WriteRowGroupAsync(cancellationToken);
        }
        await _writer.DisposeAsync();
        _writer = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    private async Task WriteRowGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _stream, cancellationToken: cancellationToken);
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                await column.WriteAsync(group, _rows, cancellationToken);
            }
            group.CompleteValidate();
        }
        _rows = 0;
    }

    private static DataField Field(FieldDefinition field) => field.Type switch
    {
        "integer" => new DataField<long?>(field.Name),
        "number" => new DataField<double?>(field.Name),
        "date" => new DateTimeDataField(field.Name, DateTimeFormat.Date, isAdjustedToUTC: true, isNullable: true),
        "datetime" => new DateTimeDataField(field.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
        _ => new DataField<string>(field.Name, nullable: true),
    };

    /// <summary>One column's values of the row group being filled, unboxed in the array Parquet.Net writes from.</summary>
    private abstract class ParquetColumn(DataField field)
    {
        protected DataField Field { get; } = field;

        public static ParquetColumn For(FieldDefinition definition, DataField field, int rows) => definition.Type switch
        {
            "integer" => new Values<long>(field, rows, v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            "number" => new Values<double>(field, rows, v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            "date" => new Values<DateTime>(field, rows, v => DateTime.SpecifyKind(DateOnly.ParseExact((string)v, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc)),
            "datetime" => new Values<DateTime>(field, rows, v => DateTime.Parse((string)v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
            "string" => new Text(field, rows, v => (string)v),
            _ => new Text(field, rows, CellFormat.ToCsv),
        };

        public abstract void Set(int row, object? value);

        public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken);
    }

    private sealed class Values<T>(DataField field, int rows, Func<object, T> convert) : ParquetColumn(field) where T : struct
    {
        private readonly T?[] _values = new T?[rows];

        public override void Set(int row, object? value) => _values[row] = value is null ? null : convert(value);

        public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
            group.WriteAsync<T>(Field, _values.AsMemory(0, rows), cancellationToken: cancellationToken);
    }

    private sealed class Text(DataField field, int rows, Func<object, string> convert) : ParquetColumn(field)
    {
        private readonly string?[] _values = new string?[rows];

        public override void Set(int row, object? value) => _values[row] = value is null ? null : convert(value);

        public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
            group.WriteAsync(Field, new ArraySegment<string>(_values!, 0, rows));
    }
}
