using System.Text.Json;
using Aims.Cli;
using Aims.Tests.Cli;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Mapping;

/// <summary>
/// Art. 50(3) and 50(4) bind only deployers of emotion recognition / biometric categorisation systems and of deep fakes
/// or public-interest text: listed when the system's facts say so, not when they say not, and "only if" when unknown (issue 12).
/// </summary>
public class EuAiActTransparencyTests
{
    private static readonly AiSystem Chat = new AiSystem("chat", "Chat").WithOperatorRoles([EuAiActOperatorRole.Deployer]).WithEuAiActCategory(EuAiActRiskCategory.Limited);

    private static List<AiActObligation> Obligations(AiSystem system) => [.. EuAiActObligations.For(AiActProfile.For(system)!)];

    [Fact]
    public void A_deployer_whose_system_records_neither_fact_is_told_art_50_3_and_50_4_apply_only_if_they_hold()
    {
        var obligations = Obligations(Chat);

        Assert.Equal(["Art.4", "Art.50(3)", "Art.50(4)"], obligations.Select(o => o.ArticleId));
        Assert.False(obligations[0].IsConditional);
        Assert.Contains("emotions", obligations[1].Condition, StringComparison.Ordinal);
        Assert.Contains("deep fakes", obligations[2].Condition, StringComparison.Ordinal);
        Assert.Contains("(only if the system recognises emotions", obligations[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_that_say_no_drop_the_obligation_and_facts_that_say_yes_make_it_unconditional()
    {
        Assert.Equal(["Art.4"], Obligations(Chat.WithEmotionRecognitionOrBiometricCategorisation(false).WithDeepFakesOrPublicInterestText(false)).Select(o => o.ArticleId));

        var both = Obligations(Chat.WithEmotionRecognitionOrBiometricCategorisation(true).WithDeepFakesOrPublicInterestText(true));
        Assert.Equal(["Art.4", "Art.50(3)", "Art.50(4)"], both.Select(o => o.ArticleId));
        Assert.All(both, o => Assert.Null(o.Condition));

        var onlyDeepFakes = Obligations(Chat.WithEmotionRecognitionOrBiometricCategorisation(false).WithDeepFakesOrPublicInterestText(true));
        Assert.Equal(["Art.4", "Art.50(4)"], onlyDeepFakes.Select(o => o.ArticleId));
    }

    [Fact]
    public void The_facts_bind_a_deployer_only()
    {
        var provider = Chat.WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEmotionRecognitionOrBiometricCategorisation(true).WithDeepFakesOrPublicInterestText(true);

        Assert.DoesNotContain(Obligations(provider), o => o.ArticleId is "Art.50(3)" or "Art.50(4)");
    }

    [Fact]
    public void A_high_risk_emotion_recognition_system_adds_art_50_3_when_recorded_and_nothing_when_unknown()
    {
        var high = Chat.WithEuAiActCategory(EuAiActRiskCategory.High).WithAnnexIIIArea("AnnexIII.1");

        Assert.DoesNotContain(Obligations(high), o => o.ArticleId.StartsWith("Art.50", StringComparison.Ordinal));
        var recorded = Obligations(high.WithEmotionRecognitionOrBiometricCategorisation(true)).Single(o => o.ArticleId == "Art.50(3)");
        Assert.False(recorded.IsConditional);
        Assert.DoesNotContain(Obligations(Chat.WithEuAiActCategory(EuAiActRiskCategory.Prohibited).WithEmotionRecognitionOrBiometricCategorisation(true)), o => o.ArticleId == "Art.50(3)");
    }

    [Fact]
    public void A_condition_is_part_of_an_obligations_value()
    {
        var obligation = Obligations(Chat)[1];

        Assert.NotEqual(obligation, obligation.WithCondition(null));
        Assert.Equal(obligation, obligation.WithCondition(obligation.Condition));
        Assert.Equal(obligation.GetHashCode(), obligation.WithCondition(obligation.Condition).GetHashCode());
        Assert.Throws<ArgumentException>("condition", () => obligation.WithCondition(" "));
    }

    [Fact]
    public void Coverage_counts_an_art_50_duty_only_when_the_facts_say_it_applies()
    {
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"), Iso42001.Catalog.Controls.Select(c => new SoaEntry(c.Id, true).WithJustification("Needed")));
        string[] Ids(AiSystem system) => [.. CoverageAnalysis.Analyze(new AimsWorkspace("Org").WithSystems([system]).WithSoa(soa), FrameworkIds.EuAiAct).Items.Select(i => i.Item.Id)];

        Assert.DoesNotContain("Art.50(3)", Ids(Chat));
        Assert.Contains("Art.50(3)", Ids(Chat.WithEmotionRecognitionOrBiometricCategorisation(true)));
    }

    [Fact]
    public void The_facts_travel_through_json_and_csv_and_a_bad_value_is_reported_where_it_stands()
    {
        var system = new AiSystem("news", "News writer").WithOperatorRoles([EuAiActOperatorRole.Deployer]).WithEuAiActCategory(EuAiActRiskCategory.Limited)
            .WithEmotionRecognitionOrBiometricCategorisation(false).WithDeepFakesOrPublicInterestText(true);

        var json = AimsJson.WriteInventory([system, Chat]);
        Assert.Contains("\"isEmotionRecognitionOrBiometricCategorisation\": false", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "publishesDeepFakesOrPublicInterestText"));   // unknown: not written
        Assert.True(AimsJson.ReadInventory(json).TryGetValue(out var fromJson));
        Assert.Equal([system, Chat], fromJson);

        using var csv = new StringWriter();
        AimsCsv.WriteInventory(csv, [system, Chat]);
        var read = AimsCsv.ReadInventory(new StringReader(csv.ToString()));
        Assert.True(read.TryGetValue(out var fromCsv), string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        Assert.Equal([system, Chat], fromCsv);

        var badCsv = AimsCsv.ReadInventory(new StringReader("Id,Name,PublishesDeepFakesOrPublicInterestText\na,A,perhaps\nb,B,\n"));
        Assert.Equal(["/rows/2/PublishesDeepFakesOrPublicInterestText"], badCsv.Diagnostics.Select(d => d.Path));
        Assert.True(badCsv.TryGetPartialValue(out var kept));
        Assert.Null(Assert.Single(kept).PublishesDeepFakesOrPublicInterestText);

        var badJson = AimsJson.ReadInventory("""{ "kind": "inventory", "schemaVersion": "1.0", "systems": [ { "id": "a", "name": "A", "isEmotionRecognitionOrBiometricCategorisation": "yes" } ] }""");
        Assert.False(badJson.IsValid);
        Assert.Contains(badJson.Diagnostics, d => d.Path == "/systems/0/isEmotionRecognitionOrBiometricCategorisation");
    }

    [Fact]
    public void The_cli_takes_the_facts_as_yes_or_no_and_says_what_an_unknown_one_depends_on()
    {
        using var unknown = JsonDocument.Parse(CliRunner.Run("eu-ai-act", "obligations", "--role", "deployer", "--category", "limited", "--format", "json").Out);
        var listed = unknown.RootElement.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("article").GetString()!, o => o.GetProperty("appliesIf"));
        Assert.Equal(["Art.4", "Art.50(3)", "Art.50(4)"], listed.Keys);
        Assert.Equal(JsonValueKind.Null, listed["Art.4"].ValueKind);
        Assert.Contains("biometric", listed["Art.50(3)"].GetString(), StringComparison.Ordinal);

        var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--role", "deployer", "--category", "limited", "--emotion-recognition", "no", "--deep-fake", "yes", "--format", "json");
        Assert.Equal(CliApp.Ok, exit);
        using var known = JsonDocument.Parse(output);
        var articles = known.RootElement.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(["Art.4", "Art.50(4)"], articles.Select(o => o.GetProperty("article").GetString()));
        Assert.Equal(JsonValueKind.Null, articles[1].GetProperty("appliesIf").ValueKind);

        Assert.Contains("Applies only if", CliRunner.Run("eu-ai-act", "obligations", "--role", "deployer", "--category", "limited").Out, StringComparison.Ordinal);
        var (badExit, _, error) = CliRunner.Run("eu-ai-act", "obligations", "--role", "deployer", "--category", "limited", "--deep-fake", "maybe");
        Assert.Equal(CliApp.Unusable, badExit);
        Assert.Contains("--deep-fake needs 'yes' or 'no'", error, StringComparison.Ordinal);
    }
}
