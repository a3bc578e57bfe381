using Aims.Model;

namespace Aims.Tests.Model;

public class Iso42001CatalogTests
{
    private static readonly Iso42001Catalog Catalog = Iso42001Catalog.Default;

    [Fact]
    public void Annex_A_has_38_controls_in_nine_groups()
    {
        var groups = Catalog.ChildrenOf(null).Where(i => i.Kind == CatalogItemKind.AnnexGroup).Select(i => i.Id);

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
        Assert.Equal(["4", "5", "6", "7", "8", "9", "10"], Catalog.ChildrenOf(null).Where(i => i.Kind == CatalogItemKind.Clause).Select(i => i.Id));
        Assert.Equal(Catalog.Items.Length, Catalog.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Ships_no_text_and_titles_are_short()
    {
        Assert.False(Catalog.HasLicensedText);
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
        Assert.False(Catalog.HasLicensedText); // the default catalog is untouched
        Assert.Equal(
            [(ModelDiagnosticCodes.UnknownLicensedTextId, "/A.99"), (ModelDiagnosticCodes.BlankLicensedText, "/A.3.2")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
