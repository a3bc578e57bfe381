using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class DiscoveryCsvTests
{
    [Fact]
    public void Bad_rows_are_rejected_at_row_and_column_and_good_rows_kept_in_order()
    {
        const string Csv = """
            Source,ExternalId,Name,Host,FirstSeen,LastSeen,DataCategories,RequestCount,Vendor,Model
            cloud-inventory,arn:1,Bot,,2026-10-01,2026-11-01,personal,12,AWS,claude
            radar,x,Radar,,,2026-11-01,,,,
            proxyLog,has space,Spaced,,,2026-11-01,,,,
            saas-scan,app-1,App,,2026-11-05,2026-11-01,,,,
            manual,m-1,Survey,,,yesterday,secret,-4,,
            proxy_log,p-1,Proxy,https://API.example.com/v1,,2026-11-02,,,,
            manual,m-2,,,,2026-11-01,,,,
            """;

        var result = AimsCsv.ReadDiscoveredAssets(new StringReader(Csv));

        var assets = result.Partial();
        Assert.Equal(["arn:1", "p-1"], assets.Select(a => a.ExternalId));
        Assert.Equal((DiscoverySource.CloudInventory, new DateOnly(2026, 10, 1), 12L, "AWS", "claude", DataCategory.Personal),
            (assets[0].Source, assets[0].FirstSeen, assets[0].RequestCount!.Value, assets[0].Provider, assets[0].ModelId, assets[0].DataCategories.Single()));
        Assert.Equal((DiscoverySource.ProxyLog, new DateOnly(2026, 11, 2), "api.example.com"), (assets[1].Source, assets[1].FirstSeen, assets[1].EndpointHost));
        Assert.False(result.IsValid);
        Assert.Equal((7, 2), (result.Records!.Value.Read, result.Records.Value.Accepted));
        Assert.Equal(
        [
            "/rows/3/Source", "/rows/4/ExternalId", "/rows/5/FirstSeen", "/rows/6/LastSeen", "/rows/6/DataCategories", "/rows/6/RequestCount", "/rows/8/Name",
        ], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal(CsvDiagnosticCodes.InvalidRow, d.Code));
    }

    [Fact]
    public void A_header_without_the_required_columns_reads_nothing()
    {
        var result = AimsCsv.ReadDiscoveredAssets(new StringReader("Source,Name\nmanual,x\n"));

        Assert.False(result.HasValue);
        Assert.Equal(CsvDiagnosticCodes.InvalidHeader, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_example_file_reconciles_against_the_demo_with_a_match_a_candidate_an_ambiguous_row_and_a_rejected_row()
    {
        using var file = File.OpenText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "discovered-ai-assets.csv"));
        var read = AimsCsv.ReadDiscoveredAssets(file);

        var r = DiscoveryReconciliation.Reconcile(DemoWorkspace.Create(), read.Partial());

        Assert.Equal((6, 5), (read.Records!.Value.Read, read.Records.Value.Accepted));
        Assert.Equal("/rows/7/LastSeen", Assert.Single(read.Diagnostics).Path);
        Assert.Equal(["credit-scoring", "churn-predictor"], r.Matched.Select(m => m.SystemIds[0]));
        Assert.Equal(["support-assistant", "loan-ops-agent"], r.Ambiguous.Single().SystemIds);
        Assert.Equal(["app-4711", "writer-saas.example.net"], r.Candidates.Select(c => c.Asset.ExternalId));
        Assert.Equal([DiscoveryConflictKind.RetiredSystemSeen, DiscoveryConflictKind.SameNameAsSystem], r.Conflicts.Select(c => c.Kind));
    }

    [Property(MaxTest = 100)]
    public Property Discovered_assets_round_trip(DiscoveredAiAsset[] assets)
    {
        var writer = new StringWriter();
        AimsCsv.WriteDiscoveredAssets(writer, assets);
        var result = AimsCsv.ReadDiscoveredAssets(new StringReader(writer.ToString()));
        return (result.IsValid && result.Partial().SequenceEqual(assets)).Label(string.Join("\n", result.Diagnostics) + "\n" + writer);
    }

    [Property(MaxTest = 100)]
    public Property Accepted_plus_rejected_rows_equals_the_rows_read(DiscoveredAiAsset[] assets, byte broken)
    {
        var writer = new StringWriter();
        AimsCsv.WriteDiscoveredAssets(writer, assets);
        var bad = broken % 4;
        for (var i = 0; i < bad; i++)
        {
            writer.Write("nowhere,x,Bad source,,,,,2026-01-01,,,\n");
        }

        var result = AimsCsv.ReadDiscoveredAssets(new StringReader(writer.ToString()));
        var records = result.Records!.Value;
        var rejected = result.Diagnostics.Select(d => d.Path.Split('/')[2]).Distinct().Count();
        return (records.Read == assets.Length + bad && records.Accepted == assets.Length && rejected == bad && result.Partial().SequenceEqual(assets))
            .Label($"read {records.Read}, accepted {records.Accepted}, rejected {rejected}\n{writer}");
    }
}
