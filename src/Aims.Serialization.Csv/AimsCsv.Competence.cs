using Aims.Model;

namespace Aims.Serialization.Csv;

/// <summary>Competence records (clause 7.2), one per row: the shape of a learning-management-system export.</summary>
public static partial class AimsCsv
{
    private static readonly IReadOnlyList<string> CompetenceColumns = RowMap<CsvRows.CompetenceRecord>.Columns;

    private static readonly Dictionary<string, string> CompetenceAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Employee"] = "Person",
        ["Name"] = "Person",
        ["Course"] = "Competence",
        ["Completed"] = "AchievedOn",
        ["CompletedOn"] = "AchievedOn",
        ["ValidUntil"] = "ExpiresOn",
        ["Expires"] = "ExpiresOn",
    };

    /// <summary>
    /// Gets the columns of the competence-record table, in the order <see cref="WriteCompetenceRecords"/> writes them:
    /// <c>Person</c>, <c>Role</c>, <c>Competence</c>, <c>Basis</c>, <c>AchievedOn</c>, <c>ExpiresOn</c>, <c>Evidence</c>.
    /// </summary>
    public static IReadOnlyList<string> CompetenceRecordColumns => CompetenceColumns;

    /// <summary>Writes competence records, one per row.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteCompetenceRecords(TextWriter writer, IEnumerable<CompetenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        records = NoNullItems(records);
        CsvOut.Rows<CsvRows.CompetenceRecord, RowMap<CsvRows.CompetenceRecord>>(writer, records.Select(r => new CsvRows.CompetenceRecord
        {
            Person = T(r.Person),
            Role = T(r.Role),
            Competence = T(r.Competence),
            Basis = Word(r.Basis),
            AchievedOn = Date(r.AchievedOn),
            ExpiresOn = Date(r.ExpiresOn),
            Evidence = T(r.Evidence),
        }));
    }

    /// <summary>
    /// Reads competence records from untrusted CSV, for example a learning-management-system export, to put in a
    /// <see cref="CompetenceRegister"/>. Requires <c>Person</c>, <c>Role</c>, <c>Competence</c>, <c>Basis</c>
    /// (<c>training</c>, <c>education</c>, <c>experience</c>, <c>certification</c>) and <c>AchievedOn</c>;
    /// <c>ExpiresOn</c> and <c>Evidence</c> are optional. <c>Employee</c> or <c>Name</c> may stand for <c>Person</c>,
    /// <c>Course</c> for <c>Competence</c>, <c>Completed</c> for <c>AchievedOn</c> and <c>ValidUntil</c> for
    /// <c>ExpiresOn</c>.
    /// </summary>
    /// <remarks>Every bad row is reported at <c>/rows/{row}/{Column}</c> and left out; the good rows are kept, in input order.</remarks>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid records and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<CompetenceRecord>> ReadCompetenceRecords(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, CompetenceColumns, ["Person", "Role", "Competence", "Basis", "AchievedOn"], row =>
        {
            foreach (var (column, what) in new[] { ("Person", "who holds the competence"), ("Role", "the role, as named in the RACI matrix"), ("Competence", "the competence, as the requirement names it") })
            {
                if (!row.Has(column))
                {
                    row.Error(column, $"Required: {what}.");
                }
            }

            var basis = row.Has("Basis") ? row.EnumOrNull<CompetenceBasis>("Basis") : null;
            if (!row.Has("Basis"))
            {
                row.Error("Basis", $"Required: one of {Vocabulary.WordList<CompetenceBasis>()}.");
            }

            var achieved = row.RequiredDate("AchievedOn");
            var expires = row.Date("ExpiresOn");
            return row.HasErrors || basis is not { } b ? null : row.Build(() =>
                new CompetenceRecord(row.Required("Person"), row.Required("Role"), row.Required("Competence"), b, achieved, expires, row.Text("Evidence")));
        }, CompetenceAliases, warnUnknown: true);
        return headerOk
            ? Partial<IReadOnlyList<CompetenceRecord>>([.. records.Select(r => r.Record)], read, records.Count, diagnostics)
            : Partial<IReadOnlyList<CompetenceRecord>>(null, read, 0, diagnostics);
    }
}
