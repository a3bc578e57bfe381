using Aims.Model;

namespace Aims.Tests.Model;

public class ReportingRuleTests
{
    [Theory]
    [InlineData(SeriousIncidentCriterion.Death, 10, "Art. 73(4)")]
    [InlineData(SeriousIncidentCriterion.CriticalInfrastructureDisruption, 2, "Art. 73(3)")]
    [InlineData(SeriousIncidentCriterion.WidespreadInfringement, 2, "Art. 73(3)")]
    public void RuleFor_returns_a_named_rule_with_days_and_article(SeriousIncidentCriterion criterion, int days, string article)
    {
        var rule = ReportingDeadline.RuleFor(criterion);

        Assert.Equal(new ReportingRule(days, article), rule);
        Assert.Equal((days, article), (rule.Days, rule.Article));
        Assert.Equal(rule.Days, ReportingDeadline.Compute(DateTimeOffset.UnixEpoch, [criterion]).Days);
    }

    [Fact]
    public void ReportingRule_rejects_no_days_and_a_blank_article()
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingRule(0, "Art. 73(2)")).ParamName);
        Assert.Equal("article", Assert.Throws<ArgumentException>(() => new ReportingRule(15, " ")).ParamName);
    }
}
