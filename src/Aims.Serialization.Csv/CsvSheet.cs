using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Aims.Serialization.Csv;

/// <summary>
/// Reads an untrusted CSV table: validates the header once (missing required, unknown and duplicate columns), then
/// maps each record, keeping the good ones and reporting every bad one with its row number and column.
/// </summary>
internal static class CsvSheet
{
    /// <summary>Writing uses \n; reading leaves NewLine unset so CsvHelper accepts \r\n, \n and \r alike.</summary>
    public static CsvConfiguration WriteConfiguration() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static CsvConfiguration Configuration(Action<BadDataFoundArgs>? badData = null) => new(CultureInfo.InvariantCulture)
    {
        DetectColumnCountChanges = false,
        MissingFieldFound = null,
        BadDataFound = badData is null ? null : a => badData(a),
        IgnoreBlankLines = true,
    };

    /// <summary>
    /// Whether the record just read is malformed in a way CsvHelper accepts silently: an unterminated quote runs to the
    /// end of the input and merges every later line into one field. A well-formed record has an even number of quote
    /// characters (each quoted field opens and closes, and an escaped quote is doubled).
    /// </summary>
    public static bool HasUnterminatedQuote(IParser parser) => parser.RawRecord.Count(c => c == '"') % 2 != 0;

    public static (List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) Read<T>(
        TextReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> required, Func<CsvRow, T?> map)
        where T : class
    {
        var diagnostics = new List<AimsDiagnostic>();
        var badRows = new HashSet<int>();
        using var csv = new CsvReader(reader, Configuration(a =>
        {
            var row = a.Context.Parser?.Row ?? 0;
            if (badRows.Add(row))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(row, null), "Malformed CSV (a quote inside an unquoted field, or an unterminated quote)."));
            }
        }), leaveOpen: true);

        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } rawHeader)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, "/rows/1", $"The input is empty; expected a header row with {string.Join(", ", required)}."));
            return ([], 0, diagnostics, false);
        }

        var header = rawHeader.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToArray();
        var known = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (!known.Contains(name))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.UnknownColumn, CsvRow.PathOf(1, name.Length == 0 ? $"#{i + 1}" : name),
                    $"Unknown column \"{name}\" is ignored; known columns: {string.Join(", ", columns)}.", DiagnosticSeverity.Warning));
            }
            else if (!positions.TryAdd(name, i))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.DuplicateColumn, CsvRow.PathOf(1, name), $"Column \"{name}\" appears more than once; which one counts would be a guess."));
            }
        }

        var missing = required.Where(r => !positions.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, "/rows/1", $"The header lacks the required column(s) {string.Join(", ", missing)}."));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ([], 0, diagnostics, false);
        }

        var canonical = positions.ToDictionary(p => columns.First(c => string.Equals(c, p.Key, StringComparison.OrdinalIgnoreCase)), p => p.Value, StringComparer.Ordinal);
        var records = new List<(T Record, int Row)>();
        var read = 0;
        while (csv.Read())
        {
            read++;
            var rowNumber = csv.Parser.Row;
            var fields = csv.Parser.Record ?? [];
            if (HasUnterminatedQuote(csv.Parser) && badRows.Add(rowNumber))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(rowNumber, null), "Malformed CSV: an unterminated quote; the rest of the input was not read."));
            }

            if (badRows.Contains(rowNumber))
            {
                continue;
            }

            var row = new CsvRow(rowNumber, canonical, fields, diagnostics);
            if (fields.Length > header.Length)
            {
                row.Error(null, $"The row has {fields.Length} fields but the header has {header.Length}; the extra fields would be lost.");
                continue;
            }

            if (map(row) is { } record && !row.HasErrors)
            {
                records.Add((record, rowNumber));
            }
            else if (!row.HasErrors)
            {
                // The contract: a row is never dropped without an error saying why.
                row.Error(null, "The row could not be read.");
            }
        }

        return (records, read, diagnostics, true);
    }
}
