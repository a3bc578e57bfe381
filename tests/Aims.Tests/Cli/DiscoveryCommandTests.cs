using System.Text.Json.Nodes;
using Aims.Serialization.Json;

namespace Aims.Tests.Cli;

public sealed class DiscoveryCommandTests : IDisposable
{
    private static readonly string Example = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "discovered-ai-assets.csv");

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aims-discovery-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Reconcile_of_the_example_prints_matched_candidates_and_ambiguous_and_changes_nothing()
    {
        var (exit, stdout, stderr) = CliRunner.Run("discovery", "reconcile", Example);

        Assert.Equal(1, exit);   // one row has no valid LastSeen
        Assert.Contains("/rows/7/LastSeen", stderr, StringComparison.Ordinal);
        Assert.Contains("5 of 6 rows read; 2 matched, 2 shadow-AI candidate(s), 1 ambiguous, 0 rejected.", stdout, StringComparison.Ordinal);
        Assert.Contains("-> credit-scoring by externalId; last seen - -> 2026-11-14", stdout, StringComparison.Ordinal);
        Assert.Contains("-> support-assistant, loan-ops-agent by endpoint", stdout, StringComparison.Ordinal);
        Assert.Contains("Nothing changed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_as_json_lists_each_outcome_and_apply_writes_last_seen_and_candidates()
    {
        var workspaceFile = Path.Combine(_directory.FullName, "ws.json");
        var outFile = Path.Combine(_directory.FullName, "ws2.json");
        Assert.Equal(0, CliRunner.Run("export", "workspace", "--out", workspaceFile).Exit);

        var (exit, stdout, _) = CliRunner.Run("discovery", "reconcile", Example, "--workspace", workspaceFile, "--apply", "--out", outFile, "--format", "json");

        Assert.Equal(1, exit);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(["credit-scoring", "churn-predictor"], json["matched"]!.AsArray().Select(m => (string)m!["systemId"]!));
        Assert.Equal(["app-4711", "writer-saas.example.net"], json["candidates"]!.AsArray().Select(m => (string)m!["externalId"]!));
        Assert.Equal(["support-assistant", "loan-ops-agent"], json["ambiguous"]![0]!["systemIds"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(["retiredSystemSeen", "sameNameAsSystem"], json["conflicts"]!.AsArray().Select(c => (string)c!["kind"]!));
        Assert.True((bool)json["applied"]!);

        var applied = AimsJson.ReadWorkspace(File.ReadAllText(outFile)).GetValueOrThrow();
        Assert.Equal(new DateOnly(2026, 11, 14), applied.FindSystem("credit-scoring")!.LastSeen);
        Assert.Null(applied.FindSystem("support-assistant")!.LastSeen);
        Assert.Equal(["app-4711", "writer-saas.example.net"], applied.ShadowAiCandidates.Select(c => c.Asset.ExternalId));
        Assert.Equal(Aims.Samples.Demo.DemoWorkspace.Create().Systems.Length, applied.Systems.Length);
    }

    [Fact]
    public void Apply_needs_out_and_out_needs_apply()
    {
        Assert.Equal(2, CliRunner.Run("discovery", "reconcile", Example, "--apply").Exit);
        Assert.Equal(2, CliRunner.Run("discovery", "reconcile", Example, "--out", Path.Combine(_directory.FullName, "x.json")).Exit);
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "x.json")));
    }

    [Fact]
    public void A_clean_file_exits_0_and_rows_after_as_of_are_rejected_with_exit_1()
    {
        var csv = Path.Combine(_directory.FullName, "clean.csv");
        File.WriteAllText(csv, "Source,ExternalId,Name,LastSeen\nmanual,app-9,Notes,2026-11-01\n");

        Assert.Equal(0, CliRunner.Run("discovery", "reconcile", csv).Exit);
        var (exit, stdout, _) = CliRunner.Run("discovery", "reconcile", csv, "--as-of", "2026-10-31");
        Assert.Equal(1, exit);
        Assert.Contains("after the reconciliation date 2026-10-31", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_table_exits_2()
    {
        var csv = Path.Combine(_directory.FullName, "bad.csv");
        File.WriteAllText(csv, "Name\nx\n");

        var (exit, _, stderr) = CliRunner.Run("discovery", "reconcile", csv);

        Assert.Equal(2, exit);
        Assert.Contains("AIMS2001", stderr, StringComparison.Ordinal);
    }
}
