using Aims.Model;

namespace Aims.Tests.Model;

public class FrameworkCatalogTests
{
    private static readonly FrameworkCatalog Catalog = Iso42001.Catalog;

    [Fact]
    public void Annex_A_has_38_controls_in_nine_groups()
    {
        var groups = Catalog.ChildrenOf(null).Where(i => i.Kind == FrameworkItemKinds.AnnexGroup).Select(i => i.Id);

        Assert.Equal(38, Catalog.Controls.Length);
        Assert.Equal(["A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"], groups);
    }

    [Theory]
    [InlineData("A.2", 3)]
    [InlineData("A.3", 2)]
    [InlineData("A.4", 5)]
    [InlineData("A.5", 4)]
    [InlineData("A.6", 9)]
    [InlineData("A.7", 5)]
    [InlineData("A.8", 4)]
    [InlineData("A.9", 3)]
    [InlineData("A.10", 3)]
    public void Each_group_has_its_published_number_of_controls(string group, int count) =>
        Assert.Equal(count, Catalog.Controls.Count(c => c.Id.StartsWith(group + ".", StringComparison.Ordinal)));

    [Fact]
    public void Every_parent_exists_and_clauses_4_to_10_are_top_level()
    {
        Assert.All(Catalog.Items.Where(i => i.ParentId is not null), i => Assert.True(Catalog.TryGetItem(i.ParentId!, out _), i.Id));
        Assert.Equal(["4", "5", "6", "7", "8", "9", "10"], Catalog.ChildrenOf(null).Where(i => i.Kind == FrameworkItemKinds.Clause).Select(i => i.Id));
        Assert.Equal(Catalog.Items.Length, Catalog.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Ships_no_text_and_titles_are_short()
    {
        Assert.False(Catalog.HasText);
        Assert.All(Catalog.Items, i => Assert.InRange(i.Title.Length, 1, 60));
    }

    [Fact]
    public void WithLicensedText_attaches_known_ids_and_warns_about_the_rest()
    {
        var result = Catalog.WithLicensedText(new Dictionary<string, string>
        {
            ["A.2.2"] = "Customer's licensed text for A.2.2.",
            ["A.99"] = "Nope",
            ["A.3.2"] = "  ",
        });

        Assert.True(result.IsValid);
        var catalog = result.GetValueOrThrow();
        Assert.True(catalog.TryGetItem("A.2.2", out var item));
        Assert.Equal("Customer's licensed text for A.2.2.", item.Text);
        Assert.False(Catalog.HasText); // the default catalog is untouched
        Assert.Equal(
            [(ModelDiagnosticCodes.UnknownLicensedTextId, "/A.99"), (ModelDiagnosticCodes.BlankLicensedText, "/A.3.2")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void WithLicensedText_keeps_the_first_text_of_a_repeated_id_and_warns_about_the_second()
    {
        var result = Catalog.WithLicensedText(
        [
            new("A.2.2", "first"),
            new("A.2.2", "second"),
        ]);

        Assert.True(result.GetValueOrThrow().TryGetItem("A.2.2", out var item));
        Assert.Equal("first", item.Text);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ModelDiagnosticCodes.DuplicateLicensedTextId, "/A.2.2", DiagnosticSeverity.Warning), (warning.Code, warning.Path, warning.Severity));
    }

    [Fact]
    public void Ids_in_licensed_text_paths_are_escaped_as_json_pointer_tokens()
    {
        var result = Catalog.WithLicensedText([new("a/b~c", "x")]);

        Assert.Equal("/a~1b~0c", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void The_iso42001_catalog_is_one_instance_with_its_provenance()
    {
        Assert.Same(Iso42001.Catalog, Aims.Mapping.FrameworkCatalogs.Get(Iso42001.FrameworkId));
        Assert.Equal(Iso42001.FrameworkId, Catalog.Metadata.Id);
        Assert.Contains("attach it from a licensed copy", Catalog.Metadata.Licence, StringComparison.Ordinal);
        Assert.All(Catalog.Items, i => Assert.Equal(Iso42001.FrameworkId, i.FrameworkId));
        Assert.True(Catalog.IsControl("A.6.2.4"));
        Assert.False(Catalog.IsControl("A.6.2"));
        Assert.False(Catalog.IsControl("9.2"));
    }

    [Fact]
    public void Validating_against_another_frameworks_catalog_is_a_caller_bug()
    {
        var nist = Aims.Mapping.FrameworkCatalogs.Get(Aims.Mapping.FrameworkIds.NistAiRmf);
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"), []);

        Assert.Throws<ArgumentException>("catalog", () => soa.Validate(nist));
        Assert.Throws<ArgumentException>("catalog", () => new AimsWorkspace("Org").Validate(catalog: nist));
    }

    [Fact]
    public void Catalogs_items_and_metadata_have_value_equality()
    {
        var licensed = Catalog.WithLicensedText([new("A.2.2", "text")]).GetValueOrThrow();
        var again = Catalog.WithLicensedText([new("A.2.2", "text")]).GetValueOrThrow();
        var other = Catalog.WithLicensedText([new("A.2.2", "other")]).GetValueOrThrow();

        Assert.True(EqualityLaws.Hold(licensed, again, other, c => c.Items.Single(i => i.Id == "A.2.2").Text!, (a, b) => a == b, (a, b) => a != b));
        Assert.True(EqualityLaws.Hold(licensed, again, Catalog, c => c.Items.Single(i => i.Id == "A.2.2").Text ?? "", (a, b) => a == b, (a, b) => a != b));
        Assert.NotEqual(licensed.Items.Single(i => i.Id == "A.2.2"), Catalog.Items.Single(i => i.Id == "A.2.2"));
        var metadata = Catalog.Metadata;
        var copy = new FrameworkMetadata(metadata.Id, metadata.Name, metadata.Version, metadata.Publisher, metadata.Licence, metadata.Source, metadata.Date);
        var later = new FrameworkMetadata(metadata.Id, metadata.Name, metadata.Version, metadata.Publisher, metadata.Licence, metadata.Source, metadata.Date.AddDays(1));
        Assert.True(EqualityLaws.Hold(metadata, copy, later, m => m.Date, (a, b) => a == b, (a, b) => a != b));
    }
}
