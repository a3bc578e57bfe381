using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

/// <summary>Issue 15, section 1: threat catalogs as catalog items the crosswalk maps, with the traits and stages that select them.</summary>
public class ThreatCatalogsTests
{
    [Theory]
    [InlineData(FrameworkIds.OwaspLlm, 10, "LLM01", "LLM10")]
    [InlineData(FrameworkIds.OwaspAgentic, 10, "ASI01", "ASI10")]
    [InlineData(FrameworkIds.Stride, 6, "Spoofing", "ElevationOfPrivilege")]
    [InlineData(FrameworkIds.Linddun, 7, "Linking", "NonCompliance")]
    [InlineData(FrameworkIds.MitreAtlas, 16, "AML.TA0002", "AML.TA0011")]
    public void Each_threat_catalog_has_its_entries_in_order_and_its_provenance(string framework, int count, string first, string last)
    {
        var catalog = FrameworkCatalogs.Get(framework);

        Assert.Equal(count, catalog.Items.Length);
        Assert.Equal((first, last), (catalog.Items[0].Id, catalog.Items[^1].Id));
        Assert.Contains(framework, FrameworkIds.Threats);
        Assert.All(new[] { catalog.Metadata.Name, catalog.Metadata.Version, catalog.Metadata.Publisher, catalog.Metadata.Licence, catalog.Metadata.Source },
            value => Assert.False(string.IsNullOrWhiteSpace(value)));
        Assert.All(catalog.Items, item => Assert.Null(item.Text)); // ids and our own titles only
    }

    [Fact]
    public void Every_owasp_entry_names_the_traits_it_needs_and_the_stages_where_it_arises()
    {
        var entries = FrameworkCatalogs.Get(FrameworkIds.OwaspLlm).Items.AddRange(FrameworkCatalogs.Get(FrameworkIds.OwaspAgentic).Items);

        Assert.All(entries, entry =>
        {
            Assert.NotEmpty(ThreatCatalogs.RequiredTraits(entry));
            Assert.NotEmpty(ThreatCatalogs.Stages(entry));
            Assert.Empty(ThreatCatalogs.RequiredTraits(entry).Intersect(ThreatCatalogs.HeighteningTraits(entry)));
        });
        Assert.Equal([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Tools], ThreatCatalogs.RequiredTraits(Item(FrameworkIds.OwaspLlm, "LLM06")));
    }

    [Fact]
    public void A_plain_llm_assistant_gets_the_llm_threats_that_need_nothing_more()
    {
        var ids = ThreatCatalogs.Relevant([AiSystemTrait.LargeLanguageModel]).Select(i => i.Id);

        Assert.Equal(["LLM01", "LLM02", "LLM03", "LLM04", "LLM05", "LLM07", "LLM09", "LLM10"], ids);
    }

    [Fact]
    public void Tools_and_retrieval_add_excessive_agency_and_vector_weaknesses_and_agents_add_the_agentic_list()
    {
        var assistant = ThreatCatalogs.Relevant([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Tools, AiSystemTrait.Retrieval]).Select(i => i.Id).ToList();
        var agent = ThreatCatalogs.Relevant([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Tools, AiSystemTrait.Agents, AiSystemTrait.Autonomy]).Select(i => i.Id).ToList();

        Assert.Contains("LLM06", assistant);
        Assert.Contains("LLM08", assistant);
        Assert.DoesNotContain(assistant, id => id.StartsWith("ASI", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"ASI{n:00}"), agent.Where(id => id.StartsWith("ASI", StringComparison.Ordinal)));
        Assert.Empty(ThreatCatalogs.Relevant([AiSystemTrait.PersonalData, AiSystemTrait.PublicExposure]));
    }

    [Theory]
    [InlineData(FrameworkIds.OwaspLlm)]
    [InlineData(FrameworkIds.OwaspAgentic)]
    public void Every_owasp_entry_maps_to_annex_a_controls_and_ai_rmf_subcategories_with_a_rationale(string framework)
    {
        foreach (var entry in FrameworkCatalogs.Get(framework).Items)
        {
            var mappings = Crosswalk.BuiltIn.MappingsOf(framework, entry.Id).Where(m => !m.IsInverse).ToList();

            Assert.Contains(mappings, m => m.Mapping.TargetFramework == FrameworkIds.Iso42001 && Iso42001.Catalog.IsControl(m.Mapping.TargetId));
            Assert.Contains(mappings, m => m.Mapping.TargetFramework == FrameworkIds.NistAiRmf);
            Assert.All(mappings, m => Assert.False(string.IsNullOrWhiteSpace(m.Mapping.Notes)));
            Assert.All(mappings, m => Assert.Equal(MappingStatus.Draft, m.Set.Provenance.Status));
        }
    }

    [Fact]
    public void The_threat_mapping_sets_name_only_known_items()
    {
        var sets = BuiltInMappingSets.All.Where(s => FrameworkIds.Threats.Contains(s.SourceFramework)).ToList();

        Assert.Equal(5, sets.Count); // NIST AI 600-1 → AI RMF, and OWASP LLM and agentic → 42001 and AI RMF
        Assert.All(sets, set => Assert.Empty(FrameworkCatalogs.Check(set)));
    }

    [Theory]
    [InlineData(FrameworkIds.Stride, ThreatTaxonomy.Stride)]
    [InlineData(FrameworkIds.Linddun, ThreatTaxonomy.Linddun)]
    [InlineData(FrameworkIds.OwaspLlm, ThreatTaxonomy.OwaspLlmTop10)]
    [InlineData(FrameworkIds.OwaspAgentic, ThreatTaxonomy.OwaspAgenticTop10)]
    [InlineData(FrameworkIds.NistAi600, ThreatTaxonomy.NistAi600)]
    [InlineData(FrameworkIds.MitreAtlas, ThreatTaxonomy.MitreAtlas)]
    public void A_risk_can_cite_every_entry_of_the_catalog_of_its_taxonomy_and_resolve_it(string framework, ThreatTaxonomy taxonomy)
    {
        Assert.Equal(framework, ThreatCatalogs.FrameworkIdOf(taxonomy));
        Assert.All(FrameworkCatalogs.Get(framework).Items, item =>
        {
            var reference = new ThreatReference(taxonomy, item.Id);
            Assert.True(ThreatCatalogs.TryResolve(reference, out var resolved));
            Assert.Same(item, resolved);
        });
    }

    [Fact]
    public void Edition_years_resolve_to_the_catalog_entry_and_atlas_techniques_to_none()
    {
        Assert.True(ThreatCatalogs.TryResolve(new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM01:2025"), out var llm));
        Assert.Equal("LLM01", llm.Id);
        Assert.True(ThreatCatalogs.TryResolve(new ThreatReference(ThreatTaxonomy.OwaspAgenticTop10, "ASI02:2026"), out var agentic));
        Assert.Equal((FrameworkIds.OwaspAgentic, "ASI02"), (agentic.FrameworkId, agentic.Id));
        Assert.False(ThreatCatalogs.TryResolve(new ThreatReference(ThreatTaxonomy.MitreAtlas, "AML.T0051"), out _)); // techniques are cited, not embedded
        Assert.All(Enum.GetValues<ThreatTaxonomy>(), t => Assert.Contains(ThreatCatalogs.FrameworkIdOf(t), FrameworkIds.Threats));
    }

    private static FrameworkItem Item(string framework, string id) =>
        FrameworkCatalogs.Get(framework).TryGetItem(id, out var item) ? item : throw new InvalidOperationException(id);
}
