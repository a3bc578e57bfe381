using Aims.Model;

namespace Aims.Tests.Model;

public class AiIncidentTests
{
    private static readonly DateTimeOffset Aware = new(2026, 10, 20, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SeriousIncidentCriterion.Death, 10, "Art. 73(4)")]
    [InlineData(SeriousIncidentCriterion.CriticalInfrastructureDisruption, 2, "Art. 73(3)")]
    [InlineData(SeriousIncidentCriterion.WidespreadInfringement, 2, "Art. 73(3)")]
    [InlineData(SeriousIncidentCriterion.SeriousHarmToHealth, 15, "Art. 73(2)")]
    [InlineData(SeriousIncidentCriterion.FundamentalRightsInfringement, 15, "Art. 73(2)")]
    [InlineData(SeriousIncidentCriterion.PropertyOrEnvironmentHarm, 15, "Art. 73(2)")]
    public void Reporting_deadline_follows_article_73(SeriousIncidentCriterion criterion, int days, string article)
    {
        var incident = new AiIncident("I-1", "x", IncidentSeverity.High, Aware).WithSeriousCriteria([criterion]);

        var deadline = incident.ReportingDeadline!;

        Assert.Equal((Aware.AddDays(days), days, article), (deadline.DueAt, deadline.Days, deadline.Article));
    }

    [Fact]
    public void Several_criteria_give_the_shortest_deadline()
    {
        var incident = new AiIncident("I-1", "x", IncidentSeverity.Critical, Aware)
            .WithSeriousCriteria([SeriousIncidentCriterion.SeriousHarmToHealth, SeriousIncidentCriterion.Death]);

        Assert.Equal(SeriousIncidentCriterion.Death, incident.ReportingDeadline!.Criterion);
        Assert.Equal(Aware.AddDays(10), incident.ReportingDeadline.DueAt);
    }

    [Fact]
    public void Non_serious_incidents_have_no_deadline_and_are_never_overdue()
    {
        var incident = new AiIncident("I-1", "x", IncidentSeverity.Low, Aware);

        Assert.False(incident.IsSerious);
        Assert.Null(incident.ReportingDeadline);
        Assert.False(incident.IsReportOverdue(Aware.AddYears(1)));
    }

    [Fact]
    public void Report_is_overdue_when_late_or_missing_after_the_deadline()
    {
        var unreported = new AiIncident("I-1", "x", IncidentSeverity.High, Aware).WithSeriousCriteria([SeriousIncidentCriterion.Death]);
        var late = new AiIncident("I-2", "x", IncidentSeverity.High, Aware).WithSeriousCriteria([SeriousIncidentCriterion.Death]).WithReportedAt(Aware.AddDays(11));
        var onTime = new AiIncident("I-3", "x", IncidentSeverity.High, Aware).WithSeriousCriteria([SeriousIncidentCriterion.Death]).WithReportedAt(Aware.AddDays(9));

        Assert.False(unreported.IsReportOverdue(Aware.AddDays(10)));
        Assert.True(unreported.IsReportOverdue(Aware.AddDays(10).AddSeconds(1)));
        Assert.True(late.IsReportOverdue(Aware));
        Assert.False(onTime.IsReportOverdue(Aware.AddYears(1)));
    }
}
