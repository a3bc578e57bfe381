using System.Globalization;
using System.Text.RegularExpressions;
using Aims.Mapping.Internal;

namespace Aims.Mapping;

/// <summary>
/// Reads the customer's own CSA AI Controls Matrix (a CSV export of their licensed workbook) into a catalog of that
/// AICM version: the 18 domains and the controls, with the customer's text. We do not ship AICM control text.
/// </summary>
/// <remarks>
/// Columns (case-insensitive): <c>Control ID</c> (or <c>ID</c>), <c>Control Title</c> (or <c>Title</c>), optional
/// <c>Control Specification</c> (or <c>Specification</c>). AICM ids were renumbered between versions, so the version
/// is required and recorded in the catalog metadata.
/// </remarks>
public static partial class AicmImporter
{
    /// <summary>Error: a row is invalid (malformed or duplicate id, unknown domain, blank title).</summary>
    public const string InvalidRowCode = "AIMS4008";

    /// <summary>Reads an AICM CSV export.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="version">The AICM version of the file, for example <c>1.1.1</c>.</param>
    /// <param name="fileDate">The date of the customer's file (recorded in the catalog metadata).</param>
    /// <returns>The catalog of the valid rows, and a diagnostic per problem (paths <c>/rows/{line}/{column}</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank.</exception>
    public static AimsResult<FrameworkCatalog> ReadCsv(TextReader reader, string version, DateOnly fileDate)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var (header, rows) = CsvTable.ReadWithHeader(reader.ReadToEnd());
        string? Column(params string[] names) => header.FirstOrDefault(h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
        var (idColumn, titleColumn, textColumn) = (Column("Control ID", "ID", "control_id"), Column("Control Title", "Title", "control_title"),
            Column("Control Specification", "Specification", "control_specification"));
        if (idColumn is null || titleColumn is null)
        {
            return AimsResult.Failure<FrameworkCatalog>(
                [new AimsDiagnostic(MappingSetImporter.UnreadableCode, "/rows/1", "The header needs a 'Control ID' and a 'Control Title' column.")], default(RecordCounts));
        }

        var domains = FrameworkCatalogs.Get(FrameworkIds.CsaAicm).Items;
        var diagnostics = new List<AimsDiagnostic>();
        var controls = new List<FrameworkItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var path = $"/rows/{(i + 2).ToString(CultureInfo.InvariantCulture)}";
            var (id, title) = (rows[i][idColumn].Trim(), rows[i][titleColumn].Trim());
            var match = ControlId().Match(id);
            string? problem = !match.Success ? $"'{id}' is not an AICM control id (DOMAIN-NN)."
                : domains.All(d => d.Id != match.Groups[1].Value) ? $"'{match.Groups[1].Value}' is not an AICM domain."
                : !seen.Add(id) ? $"Control '{id}' appears more than once."
                : title.Length == 0 ? $"Control '{id}' has no title." : null;
            if (problem is not null)
            {
                diagnostics.Add(new AimsDiagnostic(InvalidRowCode, $"{path}/{(title.Length == 0 && match.Success ? titleColumn : idColumn)}", problem));
                continue;
            }

            controls.Add(new FrameworkItem(FrameworkIds.CsaAicm, id, "control", match.Groups[1].Value, title, textColumn is null ? null : rows[i][textColumn]));
        }

        var metadata = new FrameworkMetadata(FrameworkIds.CsaAicm, "CSA AI Controls Matrix (AICM), imported", version, "Cloud Security Alliance",
            "The customer's licensed copy; not redistributed by Aims.", "Imported from the customer's AICM workbook export", fileDate);
        return AimsResult.From(new FrameworkCatalog(metadata, [.. domains, .. controls]), diagnostics, new RecordCounts(rows.Count, controls.Count));
    }

    [GeneratedRegex(@"^(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|I&S|LOG|MDS|SEF|STA|TVM|UEM)-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ControlId();
}
