using CsvHelper;

namespace Aims.Serialization.Csv;

/// <summary>
/// Writes CSV tables: through a class map (<see cref="Rows{TRow, TMap}"/>), or cell by cell for the FAIR table,
/// whose columns follow the FAIR tree. Text cells are neutralised against formula injection.
/// </summary>
internal sealed class CsvOut : IDisposable
{
    private readonly CsvWriter _csv;

    public CsvOut(TextWriter writer, IEnumerable<string> columns)
    {
        _csv = new CsvWriter(writer, CsvSheet.WriteConfiguration(), leaveOpen: true);
        foreach (var column in columns)
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    /// <summary>A text cell (neutralised).</summary>
    public CsvOut Text(string? value)
    {
        _csv.WriteField(value is null ? "" : CellText.Neutralise(value));
        return this;
    }

    public void EndRow() => _csv.NextRecord();

    /// <summary>Writes a table through its class map: header, then one record per row (text already neutralised).</summary>
    public static void Rows<TRow, TMap>(TextWriter writer, IEnumerable<TRow> rows)
        where TMap : RowMap<TRow>
    {
        using var csv = new CsvWriter(writer, CsvSheet.WriteConfiguration(), leaveOpen: true);
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteHeader<TRow>();
        csv.NextRecord();
        csv.WriteRecords(rows);
        csv.Flush();
    }

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
