using System.Text.RegularExpressions;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Serialization.Csv;

/// <summary>Reading the customer's CSA AI Controls Matrix export.</summary>
public static partial class AimsCsv
{
    private const string IdColumn = "Control ID";
    private const string TitleColumn = "Control Title";
    private const string TextColumn = "Control Specification";
    private static readonly string[] AicmColumns = [IdColumn, TitleColumn, TextColumn];

    /// <summary>The other spellings of the AICM columns; two spellings of one column in a header are a duplicate column.</summary>
    private static readonly Dictionary<string, string> AicmAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ID"] = IdColumn,
        ["control_id"] = IdColumn,
        ["Title"] = TitleColumn,
        ["control_title"] = TitleColumn,
        ["Specification"] = TextColumn,
        ["control_specification"] = TextColumn,
    };

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
    /// The catalog of the valid rows and a diagnostic per problem at <c>/rows/{row}/{Column}</c> (the column by its
    /// first name above): malformed CSV, which costs only the broken row (<see cref="CsvDiagnosticCodes.MalformedRow"/>),
    /// a malformed id, unknown domain, blank title or more fields than the header (<see cref="CsvDiagnosticCodes.InvalidRow"/>),
    /// a repeated id (<see cref="CsvDiagnosticCodes.DuplicateId"/>), a column given twice, also under two of its names
    /// (<see cref="CsvDiagnosticCodes.DuplicateColumn"/>, no rows read), an input beyond the CSV limits
    /// (<see cref="CsvDiagnosticCodes.TooLarge"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank.</exception>
    public static AimsResult<FrameworkCatalog> ReadAicmCatalog(TextReader reader, string version, DateOnly fileDate)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var domains = FrameworkCatalogs.Get(FrameworkIds.CsaAicm).Items;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, AicmColumns, [IdColumn, TitleColumn], row =>
        {
            var (id, title) = (row.Required(IdColumn), row.Required(TitleColumn));
            var match = AicmControlId().Match(id);
            if (!match.Success)
            {
                row.Error(IdColumn, $"'{id}' is not an AICM control id (DOMAIN-NN).");
            }
            else if (domains.All(d => d.Id != match.Groups[1].Value))
            {
                row.Error(IdColumn, $"'{match.Groups[1].Value}' is not an AICM domain.");
            }
            else if (title.Length == 0)
            {
                row.Error(TitleColumn, $"Control '{id}' has no title.");
            }
            else if (!seen.Add(id))
            {
                row.Error(IdColumn, $"Control '{id}' appears more than once; the first is kept.", CsvDiagnosticCodes.DuplicateId);
            }

            return row.HasErrors ? null : row.Build(() => new FrameworkItem(FrameworkIds.CsaAicm, id, "control", match.Groups[1].Value, title, row.Text(TextColumn)));
        }, AicmAliases, warnUnknown: false);
        if (!headerOk)
        {
            return AimsResult.Failure<FrameworkCatalog>(diagnostics, new RecordCounts(read, 0));
        }

        var controls = records.ConvertAll(r => r.Record);
        var metadata = new FrameworkMetadata(FrameworkIds.CsaAicm, "CSA AI Controls Matrix (AICM), imported", version, "Cloud Security Alliance",
            "The customer's licensed copy; not redistributed by Aims.", "Imported from the customer's AICM workbook export", fileDate);
        return AimsResult.From(new FrameworkCatalog(metadata, [.. domains, .. controls]), diagnostics, new RecordCounts(read, controls.Count));
    }

    [GeneratedRegex(@"^(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|I&S|LOG|MDS|SEF|STA|TVM|UEM)-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AicmControlId();
}
