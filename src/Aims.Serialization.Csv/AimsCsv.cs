using System.Globalization;
using Aims.Model;
using Aims.Risk;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>
/// Reads and writes the spreadsheet-shaped Aims data as CSV: the AI system inventory, the risk register, the
/// Statement of Applicability, mapping sets, FAIR scenarios (one row per scenario) and simulation results.
/// </summary>
/// <remarks>
/// <para>Culture-invariant: <c>.</c> decimals, ISO 8601 dates (<c>yyyy-MM-dd</c>), enum values as the words of
/// <see cref="Vocabulary"/> (the same as in JSON; reading also accepts member names, case, spaces, <c>_</c> and
/// hyphens ignored). List cells separate items with <c>;</c> and the fields of an item with <c>|</c>;
/// a backslash escapes either. Column names are matched case-insensitively; only the required columns must be
/// present, in any order.</para>
/// <para>Reading never throws for bad content. The header is checked once (missing required columns are errors,
/// unknown columns warnings, duplicate columns errors); then every bad row is reported at
/// <c>/rows/{row}/{Column}</c> (rows are numbered as a spreadsheet shows them: the header is row 1, a blank line is a
/// row, a quoted cell spanning lines is one row) and skipped, while good rows are kept, so the caller decides
/// whether to accept a partial import (<see cref="AimsResult{T}.TryGetPartialValue"/>, <see cref="AimsResult{T}.Records"/>).
/// Malformed CSV costs only the broken row: after a quote that is never closed, reading resumes on the line after
/// the one that opened it, and the message gives the line numbers. Reading streams and stops at
/// <see cref="MaxInputLength"/> characters or <see cref="MaxRows"/> rows (<see cref="CsvDiagnosticCodes.TooLarge"/>).</para>
/// <para>Writing neutralises spreadsheet formula injection: a text cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return gets a leading <c>'</c>, which reading removes again. Numbers,
/// dates and enum names are written as they are.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static partial class AimsCsv
{
    private static readonly IReadOnlyList<string> InventoryColumns = RowMap<CsvRows.Inventory>.Columns;
    private static readonly IReadOnlyList<string> RiskColumns = RowMap<CsvRows.Risk>.Columns;
    private static readonly IReadOnlyList<string> SoaColumns = RowMap<CsvRows.Soa>.Columns;
    private static readonly IReadOnlyList<string> MappingColumns = CamelRowMap<CsvRows.Mapping>.Columns;
    private static readonly string[] FrameworkColumns = ["sourceFramework", "targetFramework"];

    /// <summary>The most characters one record (a row, with its quoted line breaks) may have: 1,048,576. A longer record is malformed (<see cref="CsvDiagnosticCodes.MalformedRow"/>).</summary>
    public const int MaxRecordLength = 1 << 20;

    /// <summary>The most characters a reader reads: 268,435,456 (256 Mi). Reading stops there with <see cref="CsvDiagnosticCodes.TooLarge"/>; the rows before it are kept.</summary>
    public const long MaxInputLength = 1L << 28;

    /// <summary>The most rows (the header and blank lines included) a reader reads: 1,000,000. Reading stops there with <see cref="CsvDiagnosticCodes.TooLarge"/>; the rows before it are kept.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>Gets the columns of the FAIR scenario format: <c>Name</c>, one per FAIR node, and one per node and form of loss (<c>PrimaryLoss.Response</c>).</summary>
    public static IReadOnlyList<string> FairScenarioColumns { get; } = FairEstimateCell.Columns;

    private static AimsResult<IReadOnlyList<T>> Unique<T>((List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) sheet, Func<T, string> id, string column)
        where T : class =>
        UniqueRows(sheet, id, column, kept => (IReadOnlyList<T>)[.. kept.Select(k => k.Record)]);

    /// <summary>The records with the first of each id kept (AIMS2006 for the others), each with its row, made into the value by <paramref name="make"/>.</summary>
    private static AimsResult<TValue> UniqueRows<T, TValue>(
        (List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) sheet, Func<T, string> id, string column,
        Func<List<(T Record, int Row)>, TValue> make)
        where T : class
        where TValue : class
    {
        var (records, read, diagnostics, headerOk) = sheet;
        if (!headerOk)
        {
            return Partial<TValue>(null, read, 0, diagnostics);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<(T Record, int Row)>(records.Count);
        foreach (var (record, row) in records)
        {
            if (seen.Add(id(record)))
            {
                kept.Add((record, row));
            }
            else
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.DuplicateId, CsvRow.PathOf(row, column), $"'{id(record)}' appears on more than one row; the first is kept."));
            }
        }

        return Partial(make(kept), read, kept.Count, diagnostics);
    }

    private static AimsResult<T> Partial<T>(T? value, int read, int accepted, List<AimsDiagnostic> diagnostics)
        where T : class
    {
        var records = new RecordCounts(read, accepted);
        if (value is not null)
        {
            return AimsResult.From(value, diagnostics, records);
        }

        if (!diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, "/rows", "The table has no valid row to read a value from."));
        }

        return AimsResult.Failure<T>(diagnostics, records);
    }

    private static RiskRating? Rating(CsvRow row, string likelihoodColumn, string impactColumn, bool required)
    {
        var likelihood = row.Int(likelihoodColumn);
        var impact = row.Int(impactColumn);
        if (likelihood is null && impact is null)
        {
            if (required)
            {
                row.Error(likelihoodColumn, $"Required: {likelihoodColumn} and {impactColumn} (1-5).");
            }

            return null;
        }

        foreach (var (value, column) in new[] { (likelihood, likelihoodColumn), (impact, impactColumn) })
        {
            if (value is not (>= RiskRating.MinLevel and <= RiskRating.MaxLevel))
            {
                row.Error(column, $"Required: a level from {RiskRating.MinLevel} to {RiskRating.MaxLevel}.");
            }
        }

        return row.HasErrors ? null : new RiskRating(likelihood!.Value, impact!.Value);
    }

    private static string Evidence(IEnumerable<EvidenceReference> evidence) =>
        JoinRecords(evidence.Select(e => new[] { e.Title, Word(e.Kind), e.Location, Date(e.CollectedOn) }));

    private static List<EvidenceReference> ReadEvidence(CsvRow row, string column) =>
        [.. row.Records(column, 1, 4, "title | kind | location | collectedOn").Select(f =>
        {
            var kind = f[1].Length == 0 ? default : row.ParseEnum<EvidenceKind>(f[1], column) ?? default;
            var on = f[3].Length == 0 ? null : row.ParseDate(f[3], column);
            return row.Build(() => new EvidenceReference(f[0], kind).WithLocation(Null(f[2])).WithCollectedOn(on), column);
        }).OfType<EvidenceReference>()];

    /// <summary>The items as a list, or an <see cref="ArgumentException"/> naming the first <see langword="null"/> one, before anything is written.</summary>
    private static List<T> NoNullItems<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        var list = items.ToList();
        var index = list.FindIndex(i => i is null);
        return index < 0 ? list : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The item at index {index} is null."), name);
    }

    /// <summary>A text cell, neutralised against formula injection; empty text is an empty cell.</summary>
    private static string? T(string? text) => text is null ? null : Neutralise(text);

    private static string? Null(string field) => field.Length == 0 ? null : field;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? OptionalBool(bool? value) => value is { } v ? Bool(v) : null;

    /// <summary>An enum member's word (<see cref="Vocabulary"/>), the same in every format.</summary>
    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => Vocabulary.Word(value);

    private static string? Word<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Word(v) : null;

    private sealed record SoaRow(SoaEntry? Entry);
}
