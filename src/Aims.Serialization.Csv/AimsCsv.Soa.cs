using Aims.Model;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>The Statement of Applicability, one control per row.</summary>
public static partial class AimsCsv
{
    /// <summary>
    /// Writes a Statement of Applicability, one entry per row, then one declaration row per additional control
    /// (<c>ControlId</c>, <c>AdditionalControlTitle</c>, <c>AdditionalControlSource</c>, no <c>IsApplicable</c>). On
    /// reading, a row may also declare the additional control its entry applies.
    /// </summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="soa">The SoA. Its revision is not part of the table.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteSoa(TextWriter writer, StatementOfApplicability soa)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(soa);
        var entries = soa.Entries.Select(e => new CsvRows.Soa
        {
            ControlId = T(e.ControlId),
            IsApplicable = Bool(e.IsApplicable),
            Justification = T(e.Justification),
            Status = Word(e.Status),
            Owner = T(e.Owner),
            RiskIds = T(Join(e.RiskIds)),
            ObligationIds = T(Join(e.ObligationIds)),
            Evidence = T(Evidence(e.Evidence)),
        });

        // Additional controls follow as declaration rows (no IsApplicable), in their own order.
        var declarations = soa.AdditionalControls.Select(c => new CsvRows.Soa { ControlId = T(c.Id), AdditionalControlTitle = T(c.Title), AdditionalControlSource = T(c.Source) });
        CsvOut.Rows<CsvRows.Soa, RowMap<CsvRows.Soa>>(writer, entries.Concat(declarations));
    }

    /// <summary>Reads a Statement of Applicability from untrusted CSV; requires <c>ControlId</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <param name="revision">The revision to give the SoA (a CSV table does not carry one).</param>
    /// <returns>The SoA built from the valid rows, and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<StatementOfApplicability> ReadSoa(TextReader reader, DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(revision);
        var additional = new List<AdditionalControl>();
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, SoaColumns, ["ControlId"], row =>
        {
            AdditionalControl? control = null;
            if (row.Has("AdditionalControlTitle"))
            {
                control = row.Build(() => new AdditionalControl(row.Required("ControlId"), row.Required("AdditionalControlTitle"), row.Text("AdditionalControlSource")), "AdditionalControlTitle");
            }

            if (!row.Has("IsApplicable") && control is not null && !row.HasErrors)
            {
                additional.Add(control);
                return new SoaRow(null);
            }

            var applicable = row.Bool("IsApplicable");
            if (!row.Has("IsApplicable"))
            {
                row.Error("IsApplicable", "Required: whether the control is applicable (true or false).");
            }

            var status = row.Enum("Status", default(ImplementationStatus));
            var evidence = ReadEvidence(row, "Evidence");
            var entry = row.HasErrors ? null : row.Build(() => new SoaEntry(row.Required("ControlId"), applicable)
                .WithJustification(row.Text("Justification")).WithStatus(status).WithOwner(row.Text("Owner"))
                .WithRiskIds(row.List("RiskIds")).WithObligationIds(row.List("ObligationIds")).WithEvidence(evidence));
            if (entry is not null && control is not null)
            {
                additional.Add(control);
            }

            return entry is null ? null : new SoaRow(entry);
        });
        if (!headerOk)
        {
            return Partial<StatementOfApplicability>(null, read, 0, diagnostics);
        }

        var soa = new StatementOfApplicability(revision, records.Select(r => r.Record.Entry).OfType<SoaEntry>(), additional);
        return Partial<StatementOfApplicability>(soa, read, records.Count, diagnostics);
    }
}
