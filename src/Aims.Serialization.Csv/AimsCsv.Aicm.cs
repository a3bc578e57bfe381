using System.Text.RegularExpressions;
using Aims.Mapping;
using Aims.Model;
using CsvHelper;

namespace Aims.Serialization.Csv;

/// <summary>Reading the customer's CSA AI Controls Matrix export.</summary>
public static partial class AimsCsv
{
    private static readonly string[] AicmIdColumns = ["Control ID", "ID", "control_id"];
    private static readonly string[] AicmTitleColumns = ["Control Title", "Title", "control_title"];
    private static readonly string[] AicmTextColumns = ["Control Specification", "Specification", "control_specification"];

    /// <summary>
    /// Reads the customer's own CSA AI Controls Matrix (a CSV export of their licensed workbook) from untrusted CSV into
    /// a catalog of that AICM version: the 18 domains and the controls, with the customer's text. Aims does not ship
    /// AICM control text.
    /// </summary>
    /// <remarks>
    /// Columns (case-insensitive; others are ignored): <c>Control ID</c> (or <c>ID</c>, <c>control_id</c>),
    /// <c>Control Title</c> (or <c>Title</c>), optional <c>Control Specification</c> (or <c>Specification</c>). AICM
    /// ids were renumbered between versions, so the version is required and recorded in the catalog metadata.
    /// </remarks>
    /// <param name="reader">The source; not closed.</param>
    /// <param name="version">The AICM version of the file, for example <c>1.1.1</c>.</param>
    /// <param name="fileDate">The date of the customer's file (recorded in the catalog metadata).</param>
    /// <returns>
    /// The catalog of the valid rows and a diagnostic per problem at <c>/rows/{row}/{Column}</c>: malformed CSV
    /// (<see cref="CsvDiagnosticCodes.MalformedRow"/>), a malformed id, unknown domain or blank title
    /// (<see cref="CsvDiagnosticCodes.InvalidRow"/>), a repeated id (<see cref="CsvDiagnosticCodes.DuplicateId"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank.</exception>
    public static AimsResult<FrameworkCatalog> ReadAicmCatalog(TextReader reader, string version, DateOnly fileDate)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var diagnostics = new List<AimsDiagnostic>();
        var badRows = new HashSet<int>();
        using var csv = new CsvReader(reader, CsvSheet.Configuration(a =>
        {
            var row = a.Context.Parser?.Row ?? 0;
            if (badRows.Add(row))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(row, null), "Malformed CSV (a quote inside an unquoted field, or an unterminated quote)."));
            }
        }), leaveOpen: true);

        var header = csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { Length: > 0 } raw
            ? raw.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToArray()
            : [];
        int Column(string[] names) => Array.FindIndex(header, h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
        var (idIndex, titleIndex, textIndex) = (Column(AicmIdColumns), Column(AicmTitleColumns), Column(AicmTextColumns));
        if (idIndex < 0 || titleIndex < 0)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, "/rows/1", "The header needs a 'Control ID' and a 'Control Title' column."));
            return AimsResult.Failure<FrameworkCatalog>(diagnostics, default(RecordCounts));
        }

        var domains = FrameworkCatalogs.Get(FrameworkIds.CsaAicm).Items;
        var controls = new List<FrameworkItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        while (csv.Read())
        {
            read++;
            var rowNumber = csv.Parser.Row;
            if (CsvSheet.HasUnterminatedQuote(csv.Parser) && badRows.Add(rowNumber))
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.MalformedRow, CsvRow.PathOf(rowNumber, null), "Malformed CSV: an unterminated quote; the rest of the input was not read."));
            }

            if (badRows.Contains(rowNumber))
            {
                continue;
            }

            var fields = csv.Parser.Record ?? [];
            string Cell(int index) => index >= 0 && index < fields.Length ? CellText.Restore(fields[index].Trim()) : "";
            var (id, title) = (Cell(idIndex), Cell(titleIndex));
            var match = AicmControlId().Match(id);
            var (code, column, problem) = !match.Success ? (CsvDiagnosticCodes.InvalidRow, idIndex, $"'{id}' is not an AICM control id (DOMAIN-NN).")
                : domains.All(d => d.Id != match.Groups[1].Value) ? (CsvDiagnosticCodes.InvalidRow, idIndex, $"'{match.Groups[1].Value}' is not an AICM domain.")
                : title.Length == 0 ? (CsvDiagnosticCodes.InvalidRow, titleIndex, $"Control '{id}' has no title.")
                : !seen.Add(id) ? (CsvDiagnosticCodes.DuplicateId, idIndex, $"Control '{id}' appears more than once; the first is kept.")
                : (null, -1, null);
            if (problem is not null)
            {
                diagnostics.Add(new AimsDiagnostic(code!, CsvRow.PathOf(rowNumber, header[column]), problem));
                continue;
            }

            var text = Cell(textIndex);
            try
            {
                controls.Add(new FrameworkItem(FrameworkIds.CsaAicm, id, "control", match.Groups[1].Value, title, text.Length == 0 ? null : text));
            }
            catch (ArgumentException ex)
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidRow, CsvRow.PathOf(rowNumber, null), ex.Message));
            }
        }

        var metadata = new FrameworkMetadata(FrameworkIds.CsaAicm, "CSA AI Controls Matrix (AICM), imported", version, "Cloud Security Alliance",
            "The customer's licensed copy; not redistributed by Aims.", "Imported from the customer's AICM workbook export", fileDate);
        return AimsResult.From(new FrameworkCatalog(metadata, [.. domains, .. controls]), diagnostics, new RecordCounts(read, controls.Count));
    }

    [GeneratedRegex(@"^(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|I&S|LOG|MDS|SEF|STA|TVM|UEM)-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AicmControlId();
}
