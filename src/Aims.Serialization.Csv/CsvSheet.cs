using System.Globalization;
using CsvHelper.Configuration;

namespace Aims.Serialization.Csv;

/// <summary>
/// Reads an untrusted CSV table: validates the header once (missing required, unknown and duplicate columns), then
/// maps each record, keeping the good ones and reporting every bad one with its row number and column.
/// </summary>
internal static class CsvSheet
{
    /// <summary>
    /// Writing uses \n (reading accepts \r\n, \n and \r alike), and quotes every neutralised cell: the quotes mark it
    /// for the reader, which removes the neutralising <c>'</c> from quoted cells only.
    /// </summary>
    public static CsvConfiguration WriteConfiguration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        ShouldQuote = args => CellText.IsNeutralised(args.Field ?? "") || ConfigurationFunctions.ShouldQuote(args),
    };

    public static (List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) Read<T>(
        TextReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> required, Func<CsvRow, T?> map)
        where T : class => Read(reader, columns, required, map, aliases: null, warnUnknown: true);

    /// <summary>Reads a table whose columns may be spelled several ways (<paramref name="aliases"/>: spelling → column).</summary>
    public static (List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) Read<T>(
        TextReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> required, Func<CsvRow, T?> map,
        IReadOnlyDictionary<string, string>? aliases, bool warnUnknown)
        where T : class
    {
        var diagnostics = new List<AimsDiagnostic>();
        var records = new List<(T Record, int Row)>();
        var csv = new CsvRecordReader(reader);
        var first = csv.Next();
        if (first is not { } headerRecord || headerRecord.Problem is not null)
        {
            if (first is { Problem: { } problem })
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(first.Value.Row, null), problem));
            }

            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, CsvRow.PathOf(first?.Row ?? 1, null), first is null
                ? $"The input is empty; expected a header row with {string.Join(", ", required)}."
                : $"The header row is malformed; expected a header row with {string.Join(", ", required)}."));
            AddTruncation(csv, diagnostics);
            return ([], 0, diagnostics, false);
        }

        var headerRow = headerRecord.Row;
        var header = headerRecord.Fields.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToArray();
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            known[column] = column;
        }

        foreach (var (spelling, column) in aliases ?? new Dictionary<string, string>())
        {
            known[spelling] = column;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (!known.TryGetValue(name, out var column))
            {
                if (warnUnknown)
                {
                    diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.UnknownColumn, CsvRow.PathOf(headerRow, name.Length == 0 ? $"#{i + 1}" : name),
                        $"Unknown column \"{name}\" is ignored; known columns: {string.Join(", ", columns)}.", DiagnosticSeverity.Warning));
                }
            }
            else if (!positions.TryAdd(column, i))
            {
                var also = string.Equals(header[positions[column]], name, StringComparison.OrdinalIgnoreCase) ? "" : $" (as \"{header[positions[column]]}\" and \"{name}\")";
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.DuplicateColumn, CsvRow.PathOf(headerRow, column), $"Column \"{column}\" appears more than once{also}; which one counts would be a guess."));
            }
        }

        var missing = required.Where(r => !positions.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, CsvRow.PathOf(headerRow, null), $"The header lacks the required column(s) {string.Join(", ", missing)}."));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ([], 0, diagnostics, false);
        }

        var read = 0;
        while (csv.Next() is { } record)
        {
            read++;
            if (record.Problem is { } problem)
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(record.Row, null), problem));
                continue;
            }

            var row = new CsvRow(record.Row, positions, record.Fields, diagnostics);
            if (record.Fields.Length > header.Length)
            {
                row.Error(null, string.Create(CultureInfo.InvariantCulture,
                    $"Line {record.Line}: the row has {record.Fields.Length} fields but the header has {header.Length}; the extra fields would be lost."));
                continue;
            }

            if (map(row) is { } value && !row.HasErrors)
            {
                records.Add((value, record.Row));
            }
            else if (!row.HasErrors)
            {
                // The contract: a row is never dropped without an error saying why.
                row.Error(null, "The row could not be read.");
            }
        }

        AddTruncation(csv, diagnostics);
        return (records, read, diagnostics, true);
    }

    private static void AddTruncation(CsvRecordReader csv, List<AimsDiagnostic> diagnostics)
    {
        if (csv.Truncated is { } reason)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.TooLarge, "/rows", reason));
        }
    }
}
