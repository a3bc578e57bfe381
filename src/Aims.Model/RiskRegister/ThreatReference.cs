using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Aims.Model;

/// <summary>A reference from a risk to an entry of a threat taxonomy, checked for the taxonomy's id format.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed partial class ThreatReference : IEquatable<ThreatReference>
{
    private static readonly FrozenSet<string> StrideCategories = FrozenSet.ToFrozenSet(
        ["Spoofing", "Tampering", "Repudiation", "InformationDisclosure", "DenialOfService", "ElevationOfPrivilege"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> LinddunCategories = FrozenSet.ToFrozenSet(
        ["Linking", "Identifying", "NonRepudiation", "Detecting", "DataDisclosure", "Unawareness", "NonCompliance"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NistAi600Risks = FrozenSet.ToFrozenSet(
        ["CBRN", "CONFABULATION", "DANGEROUS_VIOLENT_HATEFUL_CONTENT", "DATA_PRIVACY", "ENVIRONMENTAL_IMPACTS", "HARMFUL_BIAS_HOMOGENIZATION",
         "HUMAN_AI_CONFIGURATION", "INFORMATION_INTEGRITY", "INFORMATION_SECURITY", "INTELLECTUAL_PROPERTY", "OBSCENE_DEGRADING_ABUSIVE_CONTENT",
         "VALUE_CHAIN_COMPONENT_INTEGRATION"],
        StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ThreatReference"/> class.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <param name="id">The entry id in that taxonomy's format (see <see cref="ThreatTaxonomy"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or not in the taxonomy's format.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="taxonomy"/> is not a defined value.</exception>
    public ThreatReference(ThreatTaxonomy taxonomy, string id)
    {
        Taxonomy = Guard.Defined(taxonomy, nameof(taxonomy));
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var valid = taxonomy switch
        {
            ThreatTaxonomy.Stride => StrideCategories.Contains(id),
            ThreatTaxonomy.OwaspLlmTop10 => OwaspId().IsMatch(id),
            ThreatTaxonomy.MitreAtlas => AtlasId().IsMatch(id),
            ThreatTaxonomy.OwaspAgenticTop10 => AgenticId().IsMatch(id),
            ThreatTaxonomy.NistAi600 => NistAi600Risks.Contains(id),
            _ => LinddunCategories.Contains(id),
        };
        if (!valid)
        {
            throw new ArgumentException($"'{id}' is not a valid {taxonomy} id.", nameof(id));
        }

        Id = id;
    }

    /// <summary>Gets the taxonomy.</summary>
    public ThreatTaxonomy Taxonomy { get; }

    /// <summary>Gets the entry id.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the id of the entry in the embedded threat catalog of its taxonomy (Aims.Mapping's <c>FrameworkCatalogs</c>):
    /// the id without its edition year (<c>LLM01:2025</c> → <c>LLM01</c>); other ids as they are. MITRE ATLAS techniques
    /// are cited, but only its tactics are embedded, so a technique id has no catalog entry.
    /// </summary>
    public string CatalogItemId => Taxonomy is ThreatTaxonomy.OwaspLlmTop10 or ThreatTaxonomy.OwaspAgenticTop10 && Id.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
        ? Id[..colon]
        : Id;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ThreatReference? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<ThreatTaxonomy>.Default.Equals(Taxonomy, other.Taxonomy)
            && ValueEquality.Text(Id, other.Id));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ThreatReference);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Taxonomy);
        hash.Add(Id, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ThreatReference? left, ThreatReference? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ThreatReference? left, ThreatReference? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Vocabulary.Word(Taxonomy)}:{Id}";

    [GeneratedRegex("^LLM(0[1-9]|10)(:20[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwaspId();

    [GeneratedRegex(@"^AML\.(TA[0-9]{4}|T[0-9]{4}(\.[0-9]{3})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtlasId();

    [GeneratedRegex("^ASI(0[1-9]|10)(:20[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgenticId();
}
