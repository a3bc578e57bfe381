using Aims.Model;

namespace Aims.Tests.Model;

public class StatementOfApplicabilityTests
{
    private static SoaEntry Good(string id) =>
        new SoaEntry(id, true).WithJustification("Treats R-1").WithStatus(ImplementationStatus.Implemented).WithOwner("CISO")
            .WithRiskIds(["R-1"]).WithEvidence([new EvidenceReference("Proof")]);

    private static StatementOfApplicability Complete(params SoaEntry[] overrides)
    {
        var entries = Iso42001.Catalog.Controls
            .Select(c => overrides.FirstOrDefault(o => o.ControlId == c.Id) ?? Good(c.Id))
            .Concat(overrides.Where(o => !Iso42001.Catalog.IsControl(o.ControlId)));
        return new StatementOfApplicability(new DocumentRevision("1.0"), entries);
    }

    [Fact]
    public void A_complete_justified_soa_is_valid()
    {
        var result = Complete().Validate();

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Validate_reports_every_kind_of_problem_with_its_path()
    {
        var entries = Complete().Entries
            .Where(e => e.ControlId != "A.2.3") // missing
            .Select(e => e.ControlId switch
            {
                "A.2.2" => new SoaEntry("A.2.2", false),                                    // excluded, no justification
                "A.2.4" => new SoaEntry("A.2.4", true).WithJustification("x").WithOwner("CISO"), // included, no driver
                "A.3.2" => new SoaEntry("A.3.2", true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithRiskIds(["R-1"]), // no owner, no evidence
                _ => e,
            })
            .Append(new SoaEntry("A.99.1", true).WithJustification("x").WithOwner("CISO").WithRiskIds(["R-1"])) // unknown
            .Append(Good("A.4.2"));                                                         // duplicate
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"), entries);

        var result = soa.Validate();

        Assert.False(result.IsValid);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal(
        [
            (ModelDiagnosticCodes.SoaExclusionWithoutJustification, "/entries/0/justification"),
            (ModelDiagnosticCodes.SoaInclusionWithoutDriver, "/entries/1/riskIds"),
            (ModelDiagnosticCodes.SoaMissingOwner, "/entries/2/owner"),
            (ModelDiagnosticCodes.SoaImplementedWithoutEvidence, "/entries/2/evidence"),
            (ModelDiagnosticCodes.SoaUnknownControl, "/entries/37/controlId"),
            (ModelDiagnosticCodes.SoaDuplicateEntry, "/entries/38/controlId"),
            (ModelDiagnosticCodes.SoaMissingControl, "/entries"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Contains("A.2.3", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_controls_are_known_but_may_not_reuse_annex_ids()
    {
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"),
            [.. Complete().Entries, Good("ORG-1")],
            [new AdditionalControl("ORG-1", "Red-team every release"), new AdditionalControl("A.2.2", "Clash")]);

        var result = soa.Validate();

        Assert.Equal((ModelDiagnosticCodes.SoaAdditionalControlCollides, "/additionalControls/1/id"), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Path));
    }

    [Fact]
    public void Revise_records_the_change_and_Exclude_requires_a_justification()
    {
        var soa = Complete();
        var at = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

        var next = soa.Revise([.. soa.Entries.Select(e => e.ControlId == "A.10.4" ? e.Exclude("No AI customers") : e)], "1.1", "Ana", at, "Exclude A.10.4");

        Assert.Equal("1.1", next.Revision.Version);
        var change = Assert.Single(next.Revision.ChangeLog);
        Assert.Equal(("Ana", at, "Exclude A.10.4"), (change.Author, change.ChangedAt, change.Reason));
        Assert.False(next.Find("A.10.4")!.IsApplicable);
        Assert.Throws<ArgumentException>(() => Good("A.10.4").Exclude(" "));
        Assert.Throws<ArgumentException>(() => soa.Revise(soa.Entries, "1.0", "Ana", at, "same version"));
    }
}
