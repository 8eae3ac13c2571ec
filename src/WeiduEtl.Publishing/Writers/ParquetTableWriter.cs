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

    private readonly FileStream _stream;
    private readonly TableDefinition _table;
    private readonly ParquetSchema _schema;
    private readonly List<object?>[] _columns;
    private ParquetWriter? _writer;

    private ParquetTableWriter(string path, TableDefinition table)
    {
        _stream = File.Create(path);
        _table = table;
        _schema = new ParquetSchema([.. table.Fields.Select(Field)]);
        _columns = [.. table.Fields.Select(_ => new List<object?>())];
    }

    public static ITableFileWriter Open(string path, TableDefinition table) => new ParquetTableWriter(path, table);

    public async ValueTask WriteRowAsync(object row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Add(Cell(_table.Fields[i], _table.Fields[i].Value(row)));
        }
        if (_columns[0].Count >= RowGroupRows)
        {
            await WriteRowGroupAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _stream, cancellationToken: cancellationToken);
        if (_columns[0].Count > 0)
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
        await _stream.DisposeAsync();
    }

    private async Task WriteRowGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _stream, cancellationToken: cancellationToken);
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                var field = _schema.DataFields[i];
                var values = _columns[i];
                await (field.ClrType == typeof(long) ? group.WriteAsync<long>(field, values.Select(v => (long?)v).ToArray(), cancellationToken: cancellationToken)
                    : field.ClrType == typeof(double) ? group.WriteAsync<double>(field, values.Select(v => (double?)v).ToArray(), cancellationToken: cancellationToken)
                    : field.ClrType == typeof(DateTime) ? group.WriteAsync<DateTime>(field, values.Select(v => (DateTime?)v).ToArray(), cancellationToken: cancellationToken)
                    : group.WriteAsync(field, values.Select(v => (string)v!).ToArray()));
            }
            group.CompleteValidate();
        }
        foreach (var column in _columns)
        {
            column.Clear();
        }
    }

    private static DataField Field(FieldDefinition field) => field.Type switch
    {
        "integer" => new DataField<long?>(field.Name),
        "number" => new DataField<double?>(field.Name),
        "date" => new DateTimeDataField(field.Name, DateTimeFormat.Date, isAdjustedToUTC: true, isNullable: true),
        "datetime" => new DateTimeDataField(field.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
        _ => new DataField<string>(field.Name, nullable: true),
    };

    private static object? Cell(FieldDefinition field, object? value) => value is null ? null : field.Type switch
    {
        "integer" => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        "number" => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        "date" => DateTime.SpecifyKind(DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        "datetime" => DateTime.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        "string" => (string)value,
        _ => CellFormat.ToCsv(value),
    };
}
