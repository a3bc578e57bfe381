using CsvHelper;

namespace Aims.Serialization.Csv;

/// <summary>Writes a CSV table: a header, then rows whose text cells are neutralised against formula injection.</summary>
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

    /// <summary>A cell written by us from a number, date, enum or bool: never a formula, written as is.</summary>
    public CsvOut Raw(string? value)
    {
        _csv.WriteField(value ?? "");
        return this;
    }

    public void EndRow() => _csv.NextRecord();

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
