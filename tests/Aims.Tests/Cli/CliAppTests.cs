using System.Text.Json;
using Aims.Cli;

namespace Aims.Tests.Cli;

public class CliAppTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Demo_prints_a_summary_and_exits_0_because_the_demo_has_no_errors()
    {
        var (exit, output, _) = Run("demo");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Northwind Lending", output, StringComparison.Ordinal);
        Assert.Contains("credit-scoring is 'restricted' because its training data bureau is classified 'restricted'.", output, StringComparison.Ordinal);
        Assert.Contains("Validation: 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_text_uses_the_words_of_the_json_output()
    {
        var (_, output, _) = Run("demo");

        Assert.Contains("Risks by band: low 1, medium 3, high 3, critical 0", output, StringComparison.Ordinal);
        Assert.Contains("R-002 [high, L4×I4=16] Prompt injection leads the assistant to reveal other customers' data (owner: CISO; target L2×I4=8 not reached)", output, StringComparison.Ordinal);
        Assert.Contains("No explainabilityDocumentation evidence is attached to cv-screening.", output, StringComparison.Ordinal);
        Assert.Contains("doc-summarizer: FAIL (2 not required at its risk tier)", output, StringComparison.Ordinal);   // a medium-risk tool needs no model card
        Assert.DoesNotContain("No modelCard evidence is attached to doc-summarizer.", output, StringComparison.Ordinal);
        Assert.Contains("Monitoring status is notMonitored and no drift monitoring evidence is attached.", output, StringComparison.Ordinal);
        Assert.Contains("  warning AIMS1007 /systems/1/components/1/sharedResponsibility: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_shows_each_systems_eu_ai_act_classification_and_obligations_with_their_dates()
    {
        var (_, output, _) = Run("demo");

        Assert.Contains("  credit-scoring     high, AnnexIII.5; provider and deployer: 2 of 25 apply now (Art.4 Art.99); 23 from 2027-12-02", output, StringComparison.Ordinal);
        Assert.Contains("  doc-summarizer     minimal, AnnexIII.5, Art. 6(3) claim (preparatoryTask), on the market since 2026-09-01; provider and deployer: 1 of 3 apply now (Art.4); 2 from 2027-12-02", output, StringComparison.Ordinal);
        // On the market before 2026-08-02: the Art. 50(2) marking has the grace period to 2026-12-02; Art. 50(3)/(4) recorded as not applying.
        Assert.Contains("  support-assistant  limited, on the market since 2025-03-03; provider and deployer: 2 of 3 apply now (Art.4 Art.50(1)); 1 from 2026-12-02", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  churn-predictor    minimal", output, StringComparison.Ordinal);   // retired: left out

        var (_, json, _) = Run("demo", "--format", "json");
        using var document = JsonDocument.Parse(json);
        var summarizer = document.RootElement.GetProperty("inventory").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "doc-summarizer").GetProperty("euAiAct");
        Assert.Equal("AnnexIII.5", summarizer.GetProperty("annexIIIArea").GetString());
        Assert.Equal("preparatoryTask", summarizer.GetProperty("article6Derogation").GetProperty("condition").GetString());
        var registration = summarizer.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("article").GetString() == "Art.49");
        Assert.Equal(("2027-12-02", false), (registration.GetProperty("appliesFrom").GetString(), registration.GetProperty("applicable").GetBoolean()));
    }

    [Fact]
    public void Demo_shows_inherent_and_residual_annual_loss_per_quantified_risk()
    {
        var (_, output, _) = Run("demo");
        var (_, json, _) = Run("demo", "--format", "json");

        Assert.Matches(@"Quantified \(FAIR, 20,000 trials\): expected annual loss inherent [0-9,]+k EUR → residual [0-9,]+k EUR", output);
        Assert.Matches(@"R-004 ALE ([0-9,]+k) EUR → \1 EUR \(no implemented measured control\)", output); // treatment in progress: nothing counted
        using var document = JsonDocument.Parse(json);
        var quantified = document.RootElement.GetProperty("quantifiedRisk");
        Assert.True(quantified.GetProperty("residualAle").GetDouble() < quantified.GetProperty("inherentAle").GetDouble());
        Assert.All(quantified.GetProperty("risks").EnumerateArray(), r =>
        {
            var counted = r.GetProperty("controlsCounted").GetArrayLength() > 0;
            Assert.Equal(counted, r.GetProperty("residualAle").GetDouble() < r.GetProperty("inherentAle").GetDouble());
        });
    }

    [Fact]
    public void Demo_json_has_the_documented_shape()
    {
        var (exit, output, _) = Run("demo", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2026-11-16", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("validation").GetProperty("isValid").GetBoolean());
        Assert.Equal(9, root.GetProperty("inventory").GetArrayLength());
        Assert.Equal(3, root.GetProperty("inventory").EnumerateArray().Select(s => s.GetProperty("deployments")).SelectMany(d => d.EnumerateArray())
            .Select(d => d.GetString()!.Split('/')[0]).Intersect(["aws", "azure", "gcp"]).Count());
        Assert.Equal(1, root.GetProperty("boardReport").GetProperty("shadowAiCount").GetInt32());
        Assert.Equal(12, root.GetProperty("boardReport").GetProperty("incidentTrend").GetArrayLength());
        Assert.Equal(0, root.GetProperty("boardReport").GetProperty("soaProgress").GetProperty("excluded").GetInt32());   // A.10.4 is needed: the organization is a provider (AIMS1109)
        Assert.All(root.GetProperty("gates").EnumerateArray(), g => Assert.False(g.GetProperty("passed").GetBoolean()));
    }

    [Fact]
    public void Catalog_list_prints_all_92_items_as_json()
    {
        var (exit, output, _) = Run("catalog", "list", "iso42001", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("items");
        Assert.Equal(92, items.GetArrayLength());
        Assert.Equal(38, items.EnumerateArray().Count(i => i.GetProperty("kind").GetString() == "control"));
        var first = items[0];
        Assert.Equal(["id", "kind", "parent", "title", "text"], first.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("catalog", "list", "iso9001")]
    [InlineData("frobnicate")]
    [InlineData("demo", "--format", "xml")]
    [InlineData("demo", "--bogus")]
    [InlineData]
    public void Bad_usage_exits_2_with_a_message_on_stderr(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Empty(output);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var (exit, output, _) = Run("--help");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("aims demo", output, StringComparison.Ordinal);
    }
}
