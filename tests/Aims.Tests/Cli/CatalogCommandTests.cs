using System.Text.Json;
using Aims.Cli;

namespace Aims.Tests.Cli;

public class CatalogCommandTests
{
    [Fact]
    public void Catalog_diff_of_the_eu_ai_act_lists_the_moved_dates_and_the_workspace_records_to_review()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aims-diff-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(CliApp.Ok, CliRunner.Run("export", "workspace", "--out", file).Exit);

            var (exit, output, _) = CliRunner.Run("catalog", "diff", "eu-ai-act@2024", "eu-ai-act@2026", "--workspace", file, "--format", "json");

            Assert.Equal(CliApp.Ok, exit);
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Assert.Equal("superseded", root.GetProperty("from").GetProperty("status").GetString());
            var moved = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("itemId").GetString() == "high-risk-annex-iii");
            Assert.Equal("date-moved", moved.GetProperty("kind").GetString());
            Assert.Equal("2026-08-02", moved.GetProperty("oldDate").GetString());
            Assert.Equal("2027-12-02", moved.GetProperty("newDate").GetString());
            var impacts = root.GetProperty("workspace").GetProperty("impacts").EnumerateArray().ToList();
            Assert.Contains(impacts, i => i.GetProperty("kind").GetString() == "obligation" && i.GetProperty("subjectId").GetString() == "credit-scoring");
            Assert.Contains(impacts, i => i.GetProperty("kind").GetString() == "soa-entry" && i.GetProperty("path").GetString()!.StartsWith("/soa/entries/", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Catalog_diff_refuses_unknown_versions_and_two_frameworks()
    {
        var (exit, _, error) = CliRunner.Run("catalog", "diff", "eu-ai-act@1999", "eu-ai-act@2026");
        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("eu-ai-act@2024", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run("catalog", "diff", "iso42001", "eu-ai-act");
        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("one framework", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_versions_lists_both_eu_ai_act_versions_with_their_status()
    {
        var (exit, output, _) = CliRunner.Run("catalog", "versions", "eu-ai-act");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("eu-ai-act@2024", output, StringComparison.Ordinal);
        Assert.Contains("superseded", output, StringComparison.Ordinal);
        Assert.Contains("reported-unverified", output, StringComparison.Ordinal);
    }
}

public class ImpactAssessmentCommandTests
{
    [Fact]
    public void Fria_check_of_the_demo_names_each_missing_element_with_its_path_and_exits_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aims-ia-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(CliApp.Ok, CliRunner.Run("export", "workspace", "--out", file).Exit);

            var (exit, output, _) = CliRunner.Run("impact-assessment", "check", file, "--regime", "fria", "--format", "json");

            Assert.Equal(CliApp.Problems, exit);
            using var json = JsonDocument.Parse(output);
            Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
            Assert.Equal(
                ["/impactAssessments/0/periodAndFrequencyOfUse", "/impactAssessments/0/riskResponse", "/impactAssessments/0/complaintMechanism", "/impactAssessments/0/authorityNotification"],
                json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unknown_regime_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("impact-assessment", "check", "whatever.json", "--regime", "gdpr");
        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("fria", error, StringComparison.Ordinal);
    }
}
