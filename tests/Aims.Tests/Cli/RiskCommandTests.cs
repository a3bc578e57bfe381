using System.Reflection;
using System.Text.Json;
using Aims.Cli;

namespace Aims.Tests.Cli;

public class RiskCommandTests
{
    private static readonly string Examples = Path.Combine(
        typeof(RiskCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Aims.Tests.RepositoryRoot").Value!,
        "docs", "examples");

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Simulate_reference_scenario_prints_the_documented_json()
    {
        var (exit, output, error) = Run("risk", "simulate", Path.Combine(Examples, "reference-scenario.json"), "--trials", "40000", "--seed", "42", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("mean").GetDouble(), 345_186 * 0.98, 345_186 * 1.02);
        foreach (var key in new[] { "sd", "p50", "p90", "p95", "p99", "elapsedMs", "expectedShortfall" })
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty(key).ValueKind);
        }

        Assert.Equal("expectedLoss", root.GetProperty("frequencyMode").GetString());
        Assert.Equal("runAverage", root.GetProperty("vulnerabilityMode").GetString());
        Assert.True(root.GetProperty("lec").GetArrayLength() >= 10);
        Assert.Equal(0, root.GetProperty("contributions").GetArrayLength());
    }

    [Fact]
    public void Simulate_gives_the_same_numbers_on_one_or_many_threads()
    {
        string Numbers(string threads)
        {
            var (_, output, _) = Run("risk", "simulate", Path.Combine(Examples, "reference-scenario.json"), "--trials", "30000", "--threads", threads, "--format", "json");
            var node = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsObject();
            node.Remove("elapsedMs");
            node.Remove("threads");
            return node.ToJsonString();
        }

        Assert.Equal(Numbers("1"), Numbers("3"));
    }

    [Fact]
    public void Simulate_portfolio_lists_every_contribution()
    {
        var (exit, output, _) = Run("risk", "simulate", Path.Combine(Examples, "reference-portfolio.json"), "--trials", "300", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1000, json.RootElement.GetProperty("contributions").GetArrayLength());
        Assert.Equal("fair-portfolio-1000", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Bad_files_give_exit_codes_and_paths()
    {
        var directory = Directory.CreateTempSubdirectory("aims-cli-");
        try
        {
            var broken = Path.Combine(directory.FullName, "broken.json");
            File.WriteAllText(broken, "{ \"name\": ");
            var invalid = Path.Combine(directory.FullName, "invalid.json");
            File.WriteAllText(invalid, """
                { "name": "x", "threatEventFrequency": { "type": "pert", "min": 5, "mode": 1, "max": 2 },
                  "vulnerability": { "type": "beta" }, "primaryLossByForm": { "lawsuits": { "type": "constant", "value": 1 } } }
                """);

            Assert.Equal(CliApp.Unusable, Run("risk", "simulate", broken).Exit);
            Assert.Equal(CliApp.Unusable, Run("risk", "simulate", Path.Combine(directory.FullName, "missing.json")).Exit);
            var (exit, _, error) = Run("risk", "simulate", invalid);
            Assert.Equal(CliApp.Problems, exit);
            Assert.Contains("/vulnerability/type: \"beta\" is not a distribution", error, StringComparison.Ordinal);
            Assert.Contains("/primaryLossByForm/lawsuits: Unknown form of loss", error, StringComparison.Ordinal);
            Assert.Equal(CliApp.Unusable, Run("risk", "simulate", invalid, "--trials", "0").Exit);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Matrix_prints_the_default_5x5()
    {
        var (exit, output, _) = Run("risk", "matrix", "--format", "json");
        var (textExit, text, _) = Run("risk", "matrix");

        Assert.Equal((CliApp.Ok, CliApp.Ok), (exit, textExit));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(25, json.RootElement.GetProperty("cells").GetArrayLength());
        Assert.Equal("medium", json.RootElement.GetProperty("appetite").GetString());
        Assert.Contains("Almost certain", text, StringComparison.Ordinal);
        // Text says the same words as the JSON: the bands' vocabulary words.
        Assert.Contains("(appetite: up to medium)", text, StringComparison.Ordinal);
        Assert.Matches(@"\n5 Almost certain \(≥ 10/yr\) +medium +high +high +critical +critical *\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Simulate_text_names_the_nodes_with_the_words_of_the_json()
    {
        var (exit, text, _) = Run("risk", "simulate", Path.Combine(Examples, "reference-scenario.json"), "--trials", "2000");

        Assert.Equal(CliApp.Ok, exit);
        foreach (var node in new[] { "threatEventFrequency", "vulnerability", "lossEventFrequency", "lossMagnitude" })
        {
            Assert.Matches($@"\n  {node} +mean ", text.ReplaceLineEndings("\n"));
        }

        Assert.DoesNotContain("ThreatEventFrequency", text, StringComparison.Ordinal);
    }
}
