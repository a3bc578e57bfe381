using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Model;

public class BoardReportTests
{
    [Fact]
    public void Create_counts_every_category_including_zeros_and_ranks_top_risks()
    {
        var workspace = new AimsWorkspace("Org").WithSystems([
                new AiSystem("a", "A").WithLifecycleStage(LifecycleStage.Deployment).WithRiskLevel(RiskLevel.High).WithEuAiActCategory(EuAiActRiskCategory.High),
                new AiSystem("b", "B").WithLifecycleStage(LifecycleStage.Deployment).WithShadowAi(true).WithLastReviewDate(new DateOnly(2026, 6, 1)),
            ]).WithRisks([
                new RiskEntry("R-2", "Two", "CRO", new RiskRating(5, 5)).WithResidual(new RiskRating(1, 2)).WithTreatment(new RiskTreatment(TreatmentOption.Avoid).WithStatus(TreatmentStatus.Completed)),
                new RiskEntry("R-1", "One", "CRO", new RiskRating(3, 3)).WithReviewOn(new DateOnly(2026, 1, 1)),
                new RiskEntry("R-3", "Three", "CRO", new RiskRating(3, 3)),
            ]).WithIncidents([
                new AiIncident("I-1", "x", IncidentSeverity.Low, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)),
                new AiIncident("I-2", "x", IncidentSeverity.High, new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero))
                    .WithSeriousCriteria([SeriousIncidentCriterion.Death]).WithResolvedAt(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)),
                new AiIncident("I-old", "x", IncidentSeverity.Low, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ]).WithNonconformities([new Nonconformity("NC-1", "open", new DateOnly(2026, 1, 1)), new Nonconformity("NC-2", "closed", new DateOnly(2026, 1, 1)).WithClosedOn(new DateOnly(2026, 2, 1))]);

        var report = BoardReport.Create(workspace, new DateOnly(2026, 11, 16), topRiskCount: 2, trendMonths: 3);

        Assert.Equal(2, report.ByLifecycleStage[LifecycleStage.Deployment]);
        Assert.Equal(0, report.ByLifecycleStage[LifecycleStage.Retirement]);
        Assert.Equal(8, report.ByLifecycleStage.Count);   // every ISO/IEC 22989 stage, continuous validation included
        Assert.Equal(0, report.ByLifecycleStage[LifecycleStage.ContinuousValidation]);
        Assert.Equal(1, report.ByEuAiActCategory[EuAiActRiskCategory.High]);
        Assert.Equal(1, report.ShadowAiCount);
        Assert.Equal(0, report.ShadowAiCandidatesToTriage);
        var candidate = new ShadowAiCandidate(new DiscoveredAiAsset(DiscoverySource.ProxyLog, "p", "P", new DateOnly(2026, 11, 1)));
        Assert.Equal(1, BoardReport.Create(workspace.WithShadowAiCandidates(
            [candidate, new ShadowAiCandidate(new DiscoveredAiAsset(DiscoverySource.Manual, "r", "R", new DateOnly(2026, 11, 1))).WithTriage(ShadowAiCandidateStatus.Registered, null, "a")]),
            new DateOnly(2026, 11, 16)).ShadowAiCandidatesToTriage);
        Assert.Equal(["R-1", "R-3"], report.TopRisks.Select(r => r.Risk.Id));
        Assert.Equal(2, report.RisksByBand[RiskBand.Medium]);
        Assert.Equal(1, report.RisksByBand[RiskBand.Low]);
        Assert.Equal([(2026, 9, 1, 1), (2026, 10, 0, 0), (2026, 11, 1, 0)], report.IncidentTrend.Select(m => (m.Year, m.Month, m.Total, m.Serious)));
        Assert.Equal(2, report.OpenIncidents);
        Assert.Equal(["NC-1"], report.OpenNonconformities.Select(n => n.Id));
        Assert.Equal([("system", "a"), ("risk", "R-1")], report.OverdueReviews.Select(o => (o.Kind, o.Id)));
    }

    [Fact]
    public void Create_rejects_out_of_range_counts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BoardReport.Create(new AimsWorkspace("Org"), default, topRiskCount: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BoardReport.Create(new AimsWorkspace("Org"), default, trendMonths: 121));
    }
}
