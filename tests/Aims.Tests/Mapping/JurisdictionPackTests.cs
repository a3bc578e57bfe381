using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;

namespace Aims.Tests.Mapping;

public class JurisdictionPackTests
{
    [Theory]
    [InlineData("colorado-ai-act@sb24-205")]
    [InlineData("colorado-ai-act@sb26-189")]
    [InlineData("texas-traiga@hb149")]
    public void Every_duty_names_the_roles_it_binds_and_how_sure_it_is(string key)
    {
        var version = FrameworkVersions.Get(key);

        Assert.NotNull(version.Catalog.Metadata.EffectiveFrom);
        Assert.All(version.Catalog.Items, i =>
        {
            Assert.All(i.Properties["roles"].Split(';'), r => Assert.Contains(r, new[] { "developer", "deployer" }));
            Assert.Contains(i.Properties["certainty"], new[] { "verified", "reported", "unverified" });
        });
    }

    [Fact]
    public void Colorado_sb_24_205_as_delayed_is_replaced_by_sb_26_189_from_2027()
    {
        var before = FrameworkVersions.Get("colorado-ai-act@sb24-205");
        var after = FrameworkVersions.Get("colorado-ai-act@sb26-189");
        Assert.Same(before, FrameworkVersions.Current(FrameworkIds.ColoradoAiAct));
        Assert.Equal((FrameworkStatus.InForce, new DateOnly(2026, 12, 31)), (before.Status, before.Catalog.Metadata.EffectiveUntil!.Value));
        Assert.Equal(FrameworkStatus.ReportedUnverified, after.Status);

        var diff = CatalogDiff.Compare(before, after);

        var moved = diff.Changes.Single(c => c.Kind == CatalogChangeKind.DateMoved);
        Assert.Equal((new DateOnly(2026, 6, 30), new DateOnly(2027, 1, 1)), (moved.OldDate!.Value, moved.NewDate!.Value));
        Assert.Contains(diff.Changes, c => c.Kind == CatalogChangeKind.Removed && c.ItemId == "6-1-1706(3)");
        Assert.Contains(diff.Changes, c => c.Kind == CatalogChangeKind.Added && c.ItemId == "SB26-189.notice");
    }

    [Fact]
    public void The_affirmative_defence_is_supported_by_aims_evidence_in_a_coverage_report()
    {
        var report = CoverageAnalysis.Analyze(DemoWorkspace.Create(), FrameworkIds.ColoradoAiAct);

        var defence = report.Items.Single(i => i.Item.Id == "6-1-1706(3)");
        Assert.Contains(defence.Mappings, m => m.Mapping.TargetId == "4.4");
        Assert.Contains(report.Items, i => i.Item.Id == "6-1-1703(3)" && i.Mappings.Any(m => m.Mapping.TargetId == "A.5.2"));
        Assert.DoesNotContain(report.Items, i => i.Item.Kind == "section");
        Assert.Empty(FrameworkCatalogs.Check(BuiltInMappingSets.Get("colorado-ai-act-iso42001")));
        Assert.Empty(FrameworkCatalogs.Check(BuiltInMappingSets.Get("texas-traiga-iso42001")));
    }
}
