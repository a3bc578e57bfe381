using System.Text.Json;
using Aims.Cli;
using Aims.Mapping;

namespace Aims.Tests.Cli;

public class MappingCommandTests
{
    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Catalog_list_works_for_every_framework(string framework)
    {
        var (exit, output, _) = CliRunner.Run("catalog", "list", framework, "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(FrameworkCatalogs.Get(framework).Items.Length, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("metadata").GetProperty("licence").GetString()));
    }

    public static TheoryData<string> Frameworks => [.. FrameworkIds.All];

    [Fact]
    public void Map_prints_relationship_rationale_provenance_and_paths()
    {
        var (exit, output, _) = CliRunner.Run("map", "nist-ai-rmf:GOVERN 1.1", "--to", "iso27001", "--infer", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("mappings")[0];
        Assert.True(first.GetProperty("inferred").GetBoolean());
        Assert.Equal("intersects-with", first.GetProperty("relationship").GetString());
        var hop = first.GetProperty("path")[0];
        Assert.Equal("nist-ai-rmf:GOVERN 1.1", hop.GetProperty("from").GetString());
        Assert.Contains("Microsoft", hop.GetProperty("provenance").GetProperty("authors").GetString() ?? "", StringComparison.Ordinal);
        Assert.Equal("published", hop.GetProperty("provenance").GetProperty("status").GetString());
        Assert.Equal("semantic", hop.GetProperty("rationale").GetString());
    }

    [Fact]
    public void Map_infer_shows_intersects_through_intersects_as_related_with_unknown_relationship()
    {
        var (exit, output, _) = CliRunner.Run("map", "nist-ai-rmf:GOVERN 1.1", "--to", "iso27001", "--infer");

        Assert.Equal(CliApp.Ok, exit);
        var viaPolicy = Assert.Single(output.Split('\n'), l => l.Contains("A.5.1", StringComparison.Ordinal) && l.Contains("A.2.2", StringComparison.Ordinal));
        Assert.StartsWith("  related (relationship unknown) iso27001:A.5.1", viaPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("intersects-with  iso27001:A.5.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_without_infer_lists_stated_mappings_in_both_directions()
    {
        var (exit, output, _) = CliRunner.Run("map", "iso42001:A.2.2", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var targets = json.RootElement.GetProperty("mappings").EnumerateArray().Select(m => m.GetProperty("targetFramework").GetString()).ToHashSet();
        Assert.Contains("iso27001", targets);
        Assert.Contains("nist-ai-rmf", targets);
        Assert.All(json.RootElement.GetProperty("mappings").EnumerateArray(), m => Assert.False(m.GetProperty("inferred").GetBoolean()));
    }

    [Fact]
    public void Coverage_reports_every_item_with_a_status()
    {
        var (exit, output, _) = CliRunner.Run("coverage", "--to", "nist-ai-rmf", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("frameworks")[0];
        Assert.Equal(72, report.GetProperty("items").GetInt32());
        Assert.Equal(72, report.GetProperty("itemsDetail").GetArrayLength());
    }

    [Theory]
    [InlineData("map", "iso42001:A.99")]
    [InlineData("map", "nope")]
    [InlineData("map", "iso42001:A.2.2", "--to", "iso9001")]
    [InlineData("coverage", "--to", "iso9001")]
    [InlineData("catalog", "list", "iso9001")]
    public void Unknown_frameworks_and_items_exit_2(params string[] args) =>
        Assert.Equal(CliApp.Unusable, CliRunner.Run(args).Exit);
}

public class ObligationsCommandTests
{
    [Fact]
    public void Obligations_for_a_high_risk_provider_cite_articles()
    {
        var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--annex", "AnnexIII.4", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("article").GetString() == "Art.17");
        Assert.False(json.RootElement.GetProperty("prohibited").GetBoolean());
    }

    [Fact]
    public void Obligations_as_of_a_date_mark_high_risk_duties_not_yet_applicable_under_the_amended_timeline()
    {
        var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--as-of", "2027-06-01", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2027-06-01", json.RootElement.GetProperty("asOf").GetString());
        var obligations = json.RootElement.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("article").GetString()!);
        foreach (var article in new[] { "Art.9", "Art.16" })
        {
            Assert.Equal("2027-12-02", obligations[article].GetProperty("appliesFrom").GetString());
            Assert.False(obligations[article].GetProperty("applicable").GetBoolean());
            Assert.Equal("Amend.AnnexIII", obligations[article].GetProperty("dateSource").GetProperty("provision").GetString());
            Assert.Equal("reported", obligations[article].GetProperty("dateSource").GetProperty("certainty").GetString());
        }

        Assert.Equal("2025-02-02", obligations["Art.4"].GetProperty("appliesFrom").GetString());
        Assert.True(obligations["Art.4"].GetProperty("applicable").GetBoolean());
    }

    [Fact]
    public void Obligations_after_the_amended_date_are_applicable_and_text_says_not_yet_before()
    {
        using var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--as-of", "2027-12-02", "--format", "json").Out);
        Assert.All(json.RootElement.GetProperty("obligations").EnumerateArray(), o => Assert.True(o.GetProperty("applicable").GetBoolean()));

        var text = CliRunner.Run("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--as-of", "2027-06-01").Out;
        Assert.Contains("not yet: applies from 2027-12-02", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--as-of", "2027-13-01")]
    [InlineData("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--as-of")]
    [InlineData("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--open-source")]
    [InlineData("eu-ai-act", "obligations", "--category", "high")]
    [InlineData("eu-ai-act", "obligations", "--role", "pilot", "--category", "high")]
    [InlineData("eu-ai-act", "obligations", "--role", "provider", "--category", "extreme")]
    [InlineData("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--annex", "AnnexIII.12")]
    public void Bad_obligation_queries_exit_2(params string[] args) => Assert.Equal(CliApp.Unusable, CliRunner.Run(args).Exit);

    [Theory]
    [InlineData("nist-ai-rmf:GOVERN 1.1")]
    [InlineData("nist-ai-rmf:GOVERN-1.1")]
    [InlineData("GOVERN-1.1")]
    [InlineData("govern-1.1")]
    [InlineData("nist-ai-rmf:GOVERN", "1.1")]
    public void Map_accepts_the_ways_people_write_a_nist_subcategory(params string[] reference)
    {
        var (exit, output, error) = CliRunner.Run(["map", .. reference, "--format", "json"]);

        Assert.Equal((CliApp.Ok, ""), (exit, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal("GOVERN 1.1", json.RootElement.GetProperty("source").GetProperty("id").GetString());
        Assert.Equal("nist-ai-rmf", json.RootElement.GetProperty("source").GetProperty("framework").GetString());
    }

    [Fact]
    public void Map_of_an_id_that_several_frameworks_hold_asks_which_one()
    {
        // "A.5.2" is a control of ISO/IEC 27001 and an Annex A control of ISO/IEC 42001.
        var (exit, _, error) = CliRunner.Run("map", "A.5.2");

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("iso42001:A.5.2", error, StringComparison.Ordinal);
        Assert.Contains("iso27001:A.5.2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_annex_area_is_explained_without_a_dotnet_parameter_name()
    {
        var (exit, _, error) = CliRunner.Run("eu-ai-act", "obligations", "--role", "provider", "--category", "high", "--annex", "AnnexIII.99");

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("AnnexIII.1 to AnnexIII.8", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_list_json_carries_the_full_nist_text_the_library_has()
    {
        var (_, output, _) = CliRunner.Run("catalog", "list", "nist-ai-rmf", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "GOVERN 1.1");
        Assert.Equal((FrameworkCatalogs.Get("nist-ai-rmf").TryGetItem("GOVERN 1.1", out var expected) ? expected.Text : null), item.GetProperty("text").GetString());
        Assert.StartsWith("Legal and regulatory requirements involving AI are understood, managed, and documented.", item.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_authorised_representative_of_a_gpai_provider_gets_art_54()
    {
        var (exit, output, _) = CliRunner.Run("eu-ai-act", "obligations", "--role", "authorisedRepresentative", "--category", "generalPurpose", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("Art.54", json.RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("article").GetString()));
    }
}
