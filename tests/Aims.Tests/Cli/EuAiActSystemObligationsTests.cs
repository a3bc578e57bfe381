using System.Text.Json;
using Aims.Cli;
using Aims.Model;
using Aims.Serialization.Json;

namespace Aims.Tests.Cli;

/// <summary><c>aims eu-ai-act obligations --system &lt;id&gt; [--workspace &lt;file&gt;]</c>: one system's answer from the facts it records (issue 12).</summary>
public class EuAiActSystemObligationsTests
{
    private static Dictionary<string, JsonElement> Obligations(JsonDocument json) =>
        json.RootElement.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("article").GetString()!);

    [Fact]
    public void A_demo_system_is_answered_from_its_recorded_facts()
    {
        var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--system", "doc-summarizer", "--as-of", "2027-06-01", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("doc-summarizer", "minimal", "AnnexIII.5"), (root.GetProperty("system").GetString(), root.GetProperty("category").GetString(), root.GetProperty("annexIIIArea").GetString()));
        Assert.Equal(["provider", "deployer"], root.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("preparatoryTask", root.GetProperty("facts").GetProperty("article6Derogation").GetProperty("condition").GetString());
        var obligations = Obligations(json);
        Assert.Equal(["Art.4", "Art.6(4)", "Art.49"], obligations.Keys);   // the Art. 6(3) claim: no Art. 9-15
        Assert.Equal("2027-12-02", obligations["Art.49"].GetProperty("appliesFrom").GetString());
        Assert.False(obligations["Art.49"].GetProperty("applicable").GetBoolean());
    }

    [Fact]
    public void A_workspace_file_is_read_and_its_systems_facts_decide()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aims-eu-{Guid.NewGuid():N}.json");
        var workspace = new AimsWorkspace("Org").WithSystems(
        [
            new AiSystem("mood", "Mood detector").WithOperatorRoles([EuAiActOperatorRole.Deployer]).WithEuAiActCategory(EuAiActRiskCategory.Limited)
                .WithEmotionRecognitionOrBiometricCategorisation(true).WithDeepFakesOrPublicInterestText(false),
            new AiSystem("idle", "Unassigned tool").WithEuAiActCategory(EuAiActRiskCategory.Minimal),
        ]);
        File.WriteAllText(path, AimsJson.Write(workspace));
        try
        {
            var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--system", "mood", "--workspace", path, "--format", "json");
            Assert.Equal(CliApp.Ok, exit);
            using var json = JsonDocument.Parse(output);
            var obligations = Obligations(json);
            Assert.Equal(["Art.4", "Art.50(3)"], obligations.Keys);
            Assert.Equal(JsonValueKind.Null, obligations["Art.50(3)"].GetProperty("appliesIf").ValueKind);
            Assert.True(json.RootElement.GetProperty("facts").GetProperty("isEmotionRecognitionOrBiometricCategorisation").GetBoolean());

            var (idleExit, idle, _) = CliRunner.Run("eu-ai-act", "obligations", "--system", "idle", "--workspace", path, "--format", "json");
            Assert.Equal(CliApp.Ok, idleExit);
            using var idleJson = JsonDocument.Parse(idle);
            Assert.Equal(0, idleJson.RootElement.GetProperty("obligations").GetArrayLength());
            Assert.Contains("No EU AI Act operator role", idleJson.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);

            var text = CliRunner.Run("eu-ai-act", "obligations", "--system", "mood", "--workspace", path).Out;
            Assert.StartsWith("EU AI Act obligations of mood (Mood detector): deployer of a limited system", text, StringComparison.Ordinal);
            Assert.Contains("Art.50(3)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Art.50(4)", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_fact_is_told_as_such_in_the_text()
    {
        var text = CliRunner.Run("eu-ai-act", "obligations", "--system", "marketing-copy").Out;

        Assert.Contains("Applies only if you publish deep fakes", text, StringComparison.Ordinal);
        Assert.Contains("record publishesDeepFakesOrPublicInterestText for the system", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Art.50(3)", text, StringComparison.Ordinal);   // recorded: no emotion recognition
    }

    [Theory]
    [InlineData("no AI system 'nope'", "eu-ai-act", "obligations", "--system", "nope")]
    [InlineData("leave out --role", "eu-ai-act", "obligations", "--system", "credit-scoring", "--role", "provider")]
    [InlineData("leave out --role", "eu-ai-act", "obligations", "--system", "credit-scoring", "--deep-fake", "no")]
    [InlineData("--workspace needs --system", "eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--workspace", "ws.json")]
    [InlineData("cannot", "eu-ai-act", "obligations", "--system", "credit-scoring", "--workspace", "/nonexistent/ws.json")]
    public void Usage_errors_exit_2_with_the_reason(string message, params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
    }
}
