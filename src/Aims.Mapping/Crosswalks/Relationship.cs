namespace Aims.Mapping;

/// <summary>
/// How a source item relates to a target item (set-theory relationship mapping of NIST IR 8477 §4.3, with OSCAL's
/// split of "equal" into equal-to and equivalent-to).
/// </summary>
/// <remarks>
/// Every writer and text output uses OSCAL's tokens (<c>intersects-with</c>); see <see cref="Vocabulary"/>.
/// </remarks>
public enum Relationship
{
    /// <summary>The same requirements; differences are cosmetic (OSCAL <c>equal-to</c>).</summary>
    [Word("equal-to")]
    EqualTo,

    /// <summary>The same effective meaning in different words (OSCAL <c>equivalent-to</c>).</summary>
    [Word("equivalent-to")]
    EquivalentTo,

    /// <summary>The source is contained in the target (OSCAL <c>subset-of</c>).</summary>
    [Word("subset-of")]
    SubsetOf,

    /// <summary>The source contains the target (OSCAL <c>superset-of</c>).</summary>
    [Word("superset-of")]
    SupersetOf,

    /// <summary>They overlap; each has content the other lacks (OSCAL <c>intersects-with</c>).</summary>
    [Word("intersects-with")]
    IntersectsWith,

    /// <summary>Explicitly unrelated (OSCAL <c>no-relationship</c>).</summary>
    [Word("no-relationship")]
    NoRelationship,
}
