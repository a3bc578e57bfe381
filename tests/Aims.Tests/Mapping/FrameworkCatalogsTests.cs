using Aims.Mapping;

namespace Aims.Tests.Mapping;

public class FrameworkCatalogsTests
{
    private static int Count(string framework, string kind) => FrameworkCatalogs.Get(framework).Items.Count(i => i.Kind == kind);

    [Fact]
    public void Catalogs_have_their_published_sizes()
    {
        Assert.Equal(38, Count(FrameworkIds.Iso42001, "control"));
        Assert.Equal(93, Count(FrameworkIds.Iso27001, "control"));
        Assert.Equal(4, Count(FrameworkIds.Iso27001, "annex-group"));
        Assert.Equal(49, Count(FrameworkIds.Iso27701, "control"));
        Assert.Equal(4, Count(FrameworkIds.NistAiRmf, "function"));
        Assert.Equal(19, Count(FrameworkIds.NistAiRmf, "category"));
        Assert.Equal(72, Count(FrameworkIds.NistAiRmf, "subcategory"));
        Assert.Equal(12, Count(FrameworkIds.NistAi600, "risk"));
        Assert.Equal(18, Count(FrameworkIds.CsaAicm, "domain"));
        Assert.Equal(2, Count(FrameworkIds.CsaStarAi, "level"));
        Assert.Equal(104, FrameworkCatalogs.Get(FrameworkIds.EuAiAct).Items.Length); // incl. Art.26(5), Art.53(2), Art.54(6)
    }

    [Fact]
    public void Every_catalog_loads_with_provenance_and_a_consistent_tree()
    {
        foreach (var id in FrameworkCatalogs.Ids)
        {
            var catalog = FrameworkCatalogs.Get(id);
            Assert.Equal(id, catalog.FrameworkId);
            Assert.False(string.IsNullOrWhiteSpace(catalog.Metadata.Licence));
            Assert.False(string.IsNullOrWhiteSpace(catalog.Metadata.Source));
            Assert.NotEmpty(catalog.Leaves());
            Assert.Same(catalog, FrameworkCatalogs.Get(id)); // cached
        }
    }

    [Fact]
    public void Nist_text_is_verbatim_and_iso_ships_no_text()
    {
        Assert.True(FrameworkCatalogs.Get(FrameworkIds.NistAiRmf).TryGetItem("GOVERN 1.1", out var govern));
        Assert.Equal("Legal and regulatory requirements involving AI are understood, managed, and documented.", govern.Text);
        Assert.All(FrameworkCatalogs.Get(FrameworkIds.Iso27001).Items, i => Assert.Null(i.Text));
        Assert.All(FrameworkCatalogs.Get(FrameworkIds.Iso42001).Items, i => Assert.Null(i.Text));
    }

    [Fact]
    public void Eu_ai_act_items_nest_under_their_articles_and_keep_roles()
    {
        var act = FrameworkCatalogs.Get(FrameworkIds.EuAiAct);

        Assert.True(act.TryGetItem("Art.73(4)", out var death));
        Assert.Equal("Art.73", death.ParentId);
        Assert.True(act.TryGetItem("AnnexIII.4", out var employment));
        Assert.Equal("AnnexIII", employment.ParentId);
        Assert.Equal("annex-point", employment.Kind);
        Assert.Contains("deployer", act.Items.Single(i => i.Id == "Art.26").Properties["appliesTo"], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_frameworks_are_argument_errors_and_licensed_text_is_attached_with_warnings()
    {
        Assert.Throws<ArgumentException>(() => FrameworkCatalogs.Get("iso9001"));
        Assert.False(FrameworkCatalogs.TryGet("iso9001", out _));

        var result = FrameworkCatalogs.Get(FrameworkIds.Iso27001).WithLicensedText(new Dictionary<string, string> { ["A.5.1"] = "licensed", ["Z.1"] = "x" });

        Assert.Equal("licensed", result.GetValueOrThrow().Items.Single(i => i.Id == "A.5.1").Text);
        Assert.Equal(Aims.Model.ModelDiagnosticCodes.UnknownLicensedTextId, Assert.Single(result.Diagnostics).Code);
    }
}
