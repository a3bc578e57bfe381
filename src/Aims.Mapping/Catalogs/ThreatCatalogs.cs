using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// The built-in threat catalogs (<see cref="FrameworkIds.Threats"/>) and what their entries say about relevance: the
/// system traits an OWASP entry needs, the traits that make it more likely or severe, and the life-cycle stages where
/// it arises. The entries are ordinary <see cref="FrameworkItem"/>s, so the crosswalk maps them to controls.
/// </summary>
public static class ThreatCatalogs
{
    /// <summary>Gets the traits a system must have for the threat to apply (all of them); empty for a catalog without them (STRIDE, ATLAS).</summary>
    /// <param name="threat">An entry of a threat catalog.</param>
    /// <returns>The traits, in catalog order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threat"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<AiSystemTrait> RequiredTraits(FrameworkItem threat) => Words<AiSystemTrait>(threat, "requires");

    /// <summary>Gets the traits that make the threat more likely or more severe when a system has them.</summary>
    /// <param name="threat">An entry of a threat catalog.</param>
    /// <returns>The traits, in catalog order; empty when the entry lists none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threat"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<AiSystemTrait> HeighteningTraits(FrameworkItem threat) => Words<AiSystemTrait>(threat, "heightenedBy");

    /// <summary>Gets the life-cycle stages where the threat arises or is best treated.</summary>
    /// <param name="threat">An entry of a threat catalog.</param>
    /// <returns>The stages, in life-cycle order; empty when the entry lists none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threat"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<LifecycleStage> Stages(FrameworkItem threat) => [.. Words<LifecycleStage>(threat, "stages").Order()];

    /// <summary>
    /// Selects the OWASP LLM and agentic entries that apply to a system with the given traits: those whose required
    /// traits the system all has. A system without <see cref="AiSystemTrait.LargeLanguageModel"/> or
    /// <see cref="AiSystemTrait.Agents"/> gets none (the general catalogs, STRIDE, LINDDUN and ATLAS, always apply).
    /// </summary>
    /// <param name="traits">The system's traits.</param>
    /// <returns>The entries, LLM list first, each in catalog order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="traits"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<FrameworkItem> Relevant(IEnumerable<AiSystemTrait> traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var has = traits.ToHashSet();
        return [.. new[] { FrameworkIds.OwaspLlm, FrameworkIds.OwaspAgentic }
            .SelectMany(id => FrameworkCatalogs.Get(id).Items)
            .Where(item => RequiredTraits(item) is { IsEmpty: false } required && required.All(has.Contains))];
    }

    /// <summary>Gets the id of the embedded catalog of a threat taxonomy (<see cref="FrameworkIds.Threats"/>).</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The framework id, for example <c>owasp-llm-top10</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="taxonomy"/> is not a defined value.</exception>
    public static string FrameworkIdOf(ThreatTaxonomy taxonomy) => taxonomy switch
    {
        ThreatTaxonomy.Stride => FrameworkIds.Stride,
        ThreatTaxonomy.OwaspLlmTop10 => FrameworkIds.OwaspLlm,
        ThreatTaxonomy.MitreAtlas => FrameworkIds.MitreAtlas,
        ThreatTaxonomy.Linddun => FrameworkIds.Linddun,
        ThreatTaxonomy.OwaspAgenticTop10 => FrameworkIds.OwaspAgentic,
        ThreatTaxonomy.NistAi600 => FrameworkIds.NistAi600,
        _ => throw new ArgumentOutOfRangeException(nameof(taxonomy), taxonomy, "Not a defined threat taxonomy."),
    };

    /// <summary>
    /// Finds the catalog entry a risk's threat reference cites, so the crosswalks can map it (<c>aims map
    /// owasp-llm-top10:LLM01</c>): <c>LLM01:2025</c> is the entry <c>LLM01</c> of <c>owasp-llm-top10</c>. A MITRE ATLAS
    /// technique has no entry: only the tactics are embedded.
    /// </summary>
    /// <param name="threat">The reference.</param>
    /// <param name="item">The catalog entry, when there is one.</param>
    /// <returns><see langword="true"/> when the catalog of the reference's taxonomy has the entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threat"/> is <see langword="null"/>.</exception>
    public static bool TryResolve(ThreatReference threat, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FrameworkItem item)
    {
        ArgumentNullException.ThrowIfNull(threat);
        return FrameworkCatalogs.Get(FrameworkIdOf(threat.Taxonomy)).TryGetItem(threat.CatalogItemId, out item);
    }

    private static ImmutableArray<TEnum> Words<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(FrameworkItem threat, string property)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(threat);
        if (!threat.Properties.TryGetValue(property, out var list))
        {
            return [];
        }

        // Embedded data, checked by tests: a word that does not parse is a build-time error of ours, not input.
        return [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => Vocabulary.TryParse<TEnum>(w, out var value) ? value : throw new InvalidOperationException($"'{w}' in {threat.FrameworkId}:{threat.Id} is not a {typeof(TEnum).Name} word."))];
    }
}
