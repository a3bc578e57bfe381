using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

/// <summary>Coverage counts nothing without evidence (issue 12, "Coverage that does not flatter").</summary>
public class CoverageAnalysisTests
{
    private static readonly EvidenceReference Proof = new("Control test report EV-1");

    private static readonly ClauseEvidence AllClausesStated = Iso42001.Catalog.Items
        .Where(i => i.Kind == FrameworkItemKinds.Clause && !Iso42001.Catalog.ChildrenOf(i.Id).Any())
        .Aggregate(ClauseEvidence.None, (e, c) => e.WithStatement(c.Id, "Stage 2 audit report, attested by the AIMS owner"));

    private static SoaEntry Implemented(string id, bool withEvidence = true)
    {
        var entry = new SoaEntry(id, true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithOwner("CISO").WithRiskIds(["R-1"]);
        return withEvidence ? entry.WithEvidence([Proof]) : entry;
    }

    private static StatementOfApplicability Soa(Func<string, SoaEntry?>? choose = null) => new(new DocumentRevision("1.0"),
        Iso42001.Catalog.Controls.Select(c => choose?.Invoke(c.Id) ?? Implemented(c.Id)));

    [Theory]
    [InlineData(FrameworkIds.Iso27001)]
    [InlineData(FrameworkIds.Iso27701)]
    [InlineData(FrameworkIds.NistAiRmf)]
    [InlineData(FrameworkIds.EuAiAct)]
    [InlineData(FrameworkIds.CsaStarAi)]
    public void An_empty_soa_without_clause_evidence_covers_nothing(string framework)
    {
        var empty = new StatementOfApplicability(new DocumentRevision("1"), []);

        var fromSoa = CoverageAnalysis.Analyze(empty, framework);
        var fromWorkspace = CoverageAnalysis.Analyze(new AimsWorkspace("Org"), framework);

        Assert.All(new[] { fromSoa, fromWorkspace }, r =>
        {
            Assert.Equal(0, r.Percent(CoverageStatus.Covered));
            Assert.Equal(0, r.Percent(CoverageStatus.PartiallyCovered));
        });
    }

    [Fact]
    public void An_implemented_aims_with_evidence_covers_hs_clauses_and_partly_covers_shared_controls()
    {
        var report = CoverageAnalysis.Analyze(Soa(), FrameworkIds.Iso27001, clauses: AllClausesStated);

        ItemCoverage Item(string id) => report.Items.Single(i => i.Item.Id == id);
        Assert.Equal(CoverageStatus.Covered, Item("6.1.2").Status);            // equivalent HS clause
        Assert.Contains("stated: Stage 2 audit report", Item("6.1.2").Reason, StringComparison.Ordinal);
        Assert.Equal(CoverageStatus.PartiallyCovered, Item("A.5.1").Status);   // intersects with A.2.2
        Assert.Contains("A.2.2 (implemented, 1 evidence reference(s))", Item("A.5.1").Reason, StringComparison.Ordinal);
        Assert.Equal(CoverageStatus.NotCovered, Item("A.7.1").Status);         // physical: no AI counterpart
        Assert.Equal("No mapping to ISO/IEC 42001.", Item("A.7.1").Reason);
        Assert.Equal(report.Items.Length, report.Count(CoverageStatus.Covered) + report.Count(CoverageStatus.PartiallyCovered)
            + report.Count(CoverageStatus.NotCovered) + report.Count(CoverageStatus.NotApplicable));
        Assert.Contains(report.Gaps, g => g.Item.Id == "A.7.1");
        Assert.Same(AllClausesStated, report.Clauses);
    }

    [Fact]
    public void An_implemented_control_without_evidence_never_covers_and_clauses_count_only_with_a_basis()
    {
        var noEvidence = Soa(id => Implemented(id, withEvidence: false));

        var report = CoverageAnalysis.Analyze(noEvidence, FrameworkIds.Iso27001);

        Assert.Equal(0, report.Count(CoverageStatus.Covered));
        var shared = report.Items.Single(i => i.Item.Id == "A.5.1");      // only overlaps A.2.2: without evidence it does not count
        Assert.Equal(CoverageStatus.NotCovered, shared.Status);
        Assert.Contains("implemented, no evidence recorded", shared.Reason, StringComparison.Ordinal);
        var clause = report.Items.Single(i => i.Item.Id == "6.1.2");
        Assert.Equal(CoverageStatus.NotCovered, clause.Status);
        Assert.Contains("no record shows it operating", clause.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Exclusions_and_work_in_progress_change_the_status()
    {
        var excluded = Soa(id => id is "A.2.2" or "A.2.3" or "A.2.4" ? new SoaEntry(id, false).WithJustification("Not relevant") : null);
        var open = Soa(id => id is "A.2.2" or "A.2.3" or "A.2.4" ? new SoaEntry(id, true).WithJustification("x").WithOwner("CISO").WithRiskIds(["R-1"]) : null);

        Assert.Equal(CoverageStatus.NotApplicable, CoverageAnalysis.Analyze(excluded, FrameworkIds.Iso27001).Items.Single(i => i.Item.Id == "A.5.1").Status);
        var notCovered = CoverageAnalysis.Analyze(open, FrameworkIds.Iso27001).Items.Single(i => i.Item.Id == "A.5.1");
        Assert.Equal(CoverageStatus.NotCovered, notCovered.Status);
        Assert.Contains("none counts", notCovered.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clause_evidence_comes_from_the_workspace_records_and_reaches_sub_clauses()
    {
        var workspace = new AimsWorkspace("Org")
            .WithInternalAudits([new InternalAudit("IA-1", "AIMS audit", new DateOnly(2026, 9, 1), "Lead auditor").WithPerformedOn(new DateOnly(2026, 9, 3))])
            .WithManagementReviews([new ManagementReview("MR-1", new DateOnly(2026, 12, 20))]);

        var evidence = ClauseEvidence.FromWorkspace(workspace, asOf: new DateOnly(2026, 11, 30));

        Assert.True(evidence.TryGetBasis("9.2.1", out var audit));
        Assert.Equal(("9.2", ClauseBasisSource.WorkspaceRecords), (audit.ClauseId, audit.Source));
        Assert.Contains("IA-1", audit.Description, StringComparison.Ordinal);
        Assert.False(evidence.TryGetBasis("9.3", out _));   // the review is after the as-of date
        Assert.False(evidence.TryGetBasis("9", out _));     // 9.1 and 9.3 have no basis
        Assert.True(ClauseEvidence.FromWorkspace(workspace).TryGetBasis("9.3", out _));
        Assert.Throws<ArgumentException>("clauseId", () => evidence.WithStatement("A.6.2.4", "a control is not a clause"));
        Assert.Throws<ArgumentException>("statement", () => evidence.WithStatement("7.2", " "));
    }

    [Fact]
    public void Eu_ai_act_coverage_of_a_workspace_counts_only_the_obligations_of_its_systems()
    {
        var workspace = new AimsWorkspace("Org").WithSystems(
        [
            new AiSystem("hr", "CV ranking").WithEuAiActCategory(EuAiActRiskCategory.High).WithOperatorRoles([EuAiActOperatorRole.Provider]),
        ]).WithSoa(Soa());

        var report = CoverageAnalysis.Analyze(workspace, FrameworkIds.EuAiAct);
        var ids = report.Items.Select(i => i.Item.Id).ToList();

        Assert.Contains("Art.9", ids);
        Assert.Contains("Art.16", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("Art.3", StringComparison.Ordinal) || id is "Art.99" or "Art.101" or "Art.113");
        Assert.Empty(CoverageAnalysis.Analyze(new AimsWorkspace("Org").WithSoa(Soa()), FrameworkIds.EuAiAct).Items);
    }

    [Fact]
    public void Nist_coverage_explains_every_item_with_its_mappings()
    {
        var nist = CoverageAnalysis.Analyze(Soa(), FrameworkIds.NistAiRmf, clauses: AllClausesStated);

        Assert.Equal(72, nist.Items.Length);
        Assert.Equal(72, nist.Items.Count(i => !i.Mappings.IsEmpty)); // every subcategory has published pairs
        Assert.All(nist.Items, i => Assert.NotEqual(CoverageStatus.NotCovered, i.Status));
        Assert.All(nist.Items, i => Assert.Matches(@"\((implemented|stated)", i.Reason));
    }
}
