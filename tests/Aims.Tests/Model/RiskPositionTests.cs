using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Model;

/// <summary>A planned residual rating is a target, not the risk of today (issue 12, "Residual risk that is not wishful").</summary>
public class RiskPositionTests
{
    private static readonly RiskRating Inherent = new(4, 5);
    private static readonly RiskRating Residual = new(2, 3);

    private static RiskEntry Risk(TreatmentStatus? status, params string[] controls)
    {
        var risk = new RiskEntry("R-1", "Drift", "CRO", Inherent).WithResidual(Residual);
        return status is { } s ? risk.WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithStatus(s).WithControlIds(controls)) : risk;
    }

    private static StatementOfApplicability Soa(ImplementationStatus a626, ImplementationStatus a624 = ImplementationStatus.Implemented) =>
        new(new DocumentRevision("1"),
        [
            new SoaEntry("A.6.2.6", true).WithStatus(a626),
            new SoaEntry("A.6.2.4", true).WithStatus(a624),
        ]);

    [Theory]
    [InlineData(TreatmentStatus.Planned)]
    [InlineData(TreatmentStatus.InProgress)]
    public void A_treatment_that_is_not_completed_leaves_the_inherent_rating_and_the_residual_as_target(TreatmentStatus status)
    {
        var position = Risk(status, "A.6.2.6").Position(Soa(ImplementationStatus.Implemented));

        Assert.Equal(Inherent, position.Current);
        Assert.Equal(Residual, position.Target);
        Assert.False(position.IsTargetAchieved);
        Assert.Contains("is a target", position.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_completed_treatment_counts_only_when_its_controls_are_implemented_in_the_soa()
    {
        var risk = Risk(TreatmentStatus.Completed, "A.6.2.6", "A.6.2.4");

        var notYet = risk.Position(Soa(ImplementationStatus.InProgress));
        var done = risk.Position(Soa(ImplementationStatus.Implemented));
        var noSoa = risk.Position(null);

        Assert.Equal((Inherent, false), (notYet.Current, notYet.IsTargetAchieved));
        Assert.Contains("A.6.2.6 is not implemented", notYet.Basis, StringComparison.Ordinal);
        Assert.Equal((Residual, true), (done.Current, done.IsTargetAchieved));
        Assert.Equal((Inherent, false), (noSoa.Current, noSoa.IsTargetAchieved));
    }

    [Fact]
    public void A_completed_treatment_without_controls_reaches_its_target_and_no_residual_means_no_target()
    {
        var accepted = Risk(TreatmentStatus.Completed).Position(null);
        var unassessed = new RiskEntry("R-2", "x", "CRO", Inherent).Position(null);
        var untreated = Risk(null).Position(null);

        Assert.Equal((Residual, true), (accepted.Current, accepted.IsTargetAchieved));
        Assert.Equal((Inherent, (RiskRating?)null, false), (unassessed.Current, unassessed.Target, unassessed.IsTargetAchieved));
        Assert.Equal((Inherent, false), (untreated.Current, untreated.IsTargetAchieved));
    }

    [Fact]
    public void The_board_report_ranks_risks_by_where_they_stand_not_by_their_plans()
    {
        var workspace = new AimsWorkspace("Org")
            .WithRisks([Risk(TreatmentStatus.InProgress, "A.6.2.6"), new RiskEntry("R-9", "Other", "CRO", new RiskRating(3, 3))])
            .WithSoa(Soa(ImplementationStatus.InProgress));

        var report = BoardReport.Create(workspace, new DateOnly(2026, 11, 16), topRiskCount: 1);

        var top = Assert.Single(report.TopRisks);
        Assert.Equal(("R-1", Inherent, Residual), (top.Risk.Id, top.Current, top.Target));
        Assert.Equal(1, report.RisksByBand[Inherent.Band]);
    }
}
