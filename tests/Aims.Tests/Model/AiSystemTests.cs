using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Model;

public class AiSystemTests
{
    [Fact]
    public void Constructor_trims_text_and_normalises_role_sets()
    {
        var system = new AiSystem("chatbot-01", "  Support chatbot ").WithPurpose("  ").WithOperatorRoles([EuAiActOperatorRole.Deployer, EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer]).WithStakeholderRoles([StakeholderRole.AiCustomer, StakeholderRole.AiProvider]);

        Assert.Equal("Support chatbot", system.Name);
        Assert.Null(system.Purpose);
        Assert.Equal([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer], system.OperatorRoles);
        Assert.Equal([StakeholderRole.AiProvider, StakeholderRole.AiCustomer], system.StakeholderRoles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has space")]
    public void Constructor_rejects_invalid_id(string id)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new AiSystem(id, "Name"));

        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void Constructor_rejects_undefined_enum_and_null_list_elements()
    {
        Assert.Equal("lifecycleStage", Assert.Throws<ArgumentOutOfRangeException>(() => new AiSystem("a", "A").WithLifecycleStage((LifecycleStage)42)).ParamName);
        Assert.Equal("dataSources", Assert.Throws<ArgumentException>(() => new AiSystem("a", "A").WithDataSources([null!])).ParamName);
    }

    [Theory]
    [InlineData(null, "2026-11-16", true)]
    [InlineData("2026-01-01", "2026-11-16", false)]
    [InlineData("2025-11-16", "2026-11-16", false)]
    [InlineData("2025-11-15", "2026-11-16", true)]
    public void IsReviewOverdue_uses_the_interval_in_days(string? lastReview, string asOf, bool expected)
    {
        var system = new AiSystem("a", "A").WithLastReviewDate(lastReview is null ? null : DateOnly.Parse(lastReview, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, system.IsReviewOverdue(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), 365));
    }

    [Fact]
    public void Retired_systems_are_never_overdue_and_copies_keep_other_fields()
    {
        var system = new AiSystem("a", "A").WithOwner("CTO").WithShadowAi(true);

        var retired = system.WithLifecycleStage(LifecycleStage.Retirement);
        var reviewed = system.WithReview(new DateOnly(2026, 1, 1));

        Assert.False(retired.IsReviewOverdue(new DateOnly(2030, 1, 1), 30));
        Assert.Equal(new DateOnly(2026, 1, 1), reviewed.LastReviewDate);
        Assert.True(reviewed.IsShadowAi);
        Assert.Equal("CTO", reviewed.Owner);
        Assert.Throws<ArgumentOutOfRangeException>(() => system.IsReviewOverdue(new DateOnly(2026, 1, 1), 0));
    }

    [Fact]
    public void Continuous_validation_is_the_iso_22989_stage_between_operation_and_re_evaluation()
    {
        Assert.Equal(
            [
                LifecycleStage.Inception, LifecycleStage.DesignAndDevelopment, LifecycleStage.VerificationAndValidation, LifecycleStage.Deployment,
                LifecycleStage.OperationAndMonitoring, LifecycleStage.ContinuousValidation, LifecycleStage.ReEvaluation, LifecycleStage.Retirement,
            ],
            Enum.GetValues<LifecycleStage>().Order());
        Assert.Equal("continuousValidation", Vocabulary.Word(LifecycleStage.ContinuousValidation));
        Assert.True(Vocabulary.TryParse<LifecycleStage>("continuous validation", out var parsed));
        Assert.Equal(LifecycleStage.ContinuousValidation, parsed);

        var system = new AiSystem("learner", "Online learner").WithLifecycleStage(LifecycleStage.ContinuousValidation);
        var json = AimsJson.WriteInventory([system]);
        Assert.Contains("\"lifecycleStage\": \"continuousValidation\"", json, StringComparison.Ordinal);
        Assert.Equal(LifecycleStage.ContinuousValidation, AimsJson.ReadInventory(json).GetValueOrThrow()[0].LifecycleStage);

        using var csv = new StringWriter();
        AimsCsv.WriteInventory(csv, [system]);
        Assert.Contains(",continuousValidation,", csv.ToString(), StringComparison.Ordinal);
        Assert.Equal(LifecycleStage.ContinuousValidation, AimsCsv.ReadInventory(new StringReader(csv.ToString())).GetValueOrThrow()[0].LifecycleStage);
    }
}
