using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

public class CoverageAnalysisTests
{
    private static StatementOfApplicability Soa(Func<string, SoaEntry>? choose = null) => new(new DocumentRevision("1.0"),
        Iso42001.Catalog.Controls.Select(c => choose?.Invoke(c.Id)
            ?? new SoaEntry(c.Id, true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithOwner("CISO").WithRiskIds(["R-1"])));

    [Fact]
    public void Fully_implemented_aims_covers_hs_clauses_and_partly_covers_shared_controls()
    {
        var report = CoverageAnalysis.Analyze(Soa(), FrameworkIds.Iso27001);

        ItemCoverage Item(string id) => report.Items.Single(i => i.Item.Id == id);
        Assert.Equal(CoverageStatus.Covered, Item("6.1.2").Status);            // equivalent HS clause
        Assert.Equal(CoverageStatus.PartiallyCovered, Item("A.5.1").Status);   // intersects with A.2.2
        Assert.Equal(CoverageStatus.NotCovered, Item("A.7.1").Status);         // physical: no AI counterpart
        Assert.Equal("No mapping to ISO/IEC 42001.", Item("A.7.1").Reason);
        Assert.Equal(report.Items.Length, report.Count(CoverageStatus.Covered) + report.Count(CoverageStatus.PartiallyCovered)
            + report.Count(CoverageStatus.NotCovered) + report.Count(CoverageStatus.NotApplicable));
        Assert.Contains(report.Gaps, g => g.Item.Id == "A.7.1");
        Assert.InRange(report.Percent(CoverageStatus.Covered), 0.1, 100);
    }

    [Fact]
    public void Exclusions_and_work_in_progress_change_the_status()
    {
        var excluded = Soa(id => id is "A.2.2" or "A.2.3" or "A.2.4" ? new SoaEntry(id, false).WithJustification("Not relevant") : null!);
        var open = Soa(id => id is "A.2.2" or "A.2.3" or "A.2.4" ? new SoaEntry(id, true).WithJustification("x").WithOwner("CISO").WithRiskIds(["R-1"]) : null!);

        Assert.Equal(CoverageStatus.NotApplicable, CoverageAnalysis.Analyze(excluded, FrameworkIds.Iso27001).Items.Single(i => i.Item.Id == "A.5.1").Status);
        var notCovered = CoverageAnalysis.Analyze(open, FrameworkIds.Iso27001).Items.Single(i => i.Item.Id == "A.5.1");
        Assert.Equal(CoverageStatus.NotCovered, notCovered.Status);
        Assert.Contains("none implemented", notCovered.Reason, StringComparison.Ordinal);
        Assert.Equal(CoverageStatus.NotCovered, CoverageAnalysis.Analyze(Soa(), FrameworkIds.Iso27001, clausesImplemented: false).Items.Single(i => i.Item.Id == "6.1.2").Status);
    }

    [Fact]
    public void Nist_and_eu_ai_act_coverage_explains_with_mappings()
    {
        var nist = CoverageAnalysis.Analyze(Soa(), FrameworkIds.NistAiRmf);
        var act = CoverageAnalysis.Analyze(Soa(), FrameworkIds.EuAiAct);

        Assert.Equal(72, nist.Items.Length);
        Assert.Equal(72, nist.Items.Count(i => !i.Mappings.IsEmpty)); // 63 published + 9 authored
        Assert.All(nist.Items.Where(i => !i.Mappings.IsEmpty), i => Assert.Equal(CoverageStatus.PartiallyCovered, i.Status));
        Assert.Equal(CoverageStatus.PartiallyCovered, act.Items.Single(i => i.Item.Id == "Art.27").Status);
    }
}
