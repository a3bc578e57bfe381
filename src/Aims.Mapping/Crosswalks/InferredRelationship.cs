namespace Aims.Mapping;

/// <summary>
/// What can soundly be said about how a start item relates to an item reached through a path of mappings. Besides
/// the stated relationships it has two weaker outcomes: <see cref="Overlaps"/> (they share content, but which contains
/// which is not known) and <see cref="Unknown"/> (related through the path, relationship unknown).
/// </summary>
/// <remarks>
/// The words read as sets of requirements: equal, proper subset, proper superset, overlap where each has content the
/// other lacks, and disjoint. A composed outcome is never stronger than what every set of requirements consistent with
/// the links allows (see <see cref="InferredMapping.Compose(InferredRelationship, Relationship)"/>).
/// </remarks>
public enum InferredRelationship
{
    /// <summary>The same requirements (OSCAL <c>equal-to</c>).</summary>
    [Word("equal-to")]
    EqualTo,

    /// <summary>The same effective meaning (OSCAL <c>equivalent-to</c>).</summary>
    [Word("equivalent-to")]
    EquivalentTo,

    /// <summary>The start item is contained in the item reached (OSCAL <c>subset-of</c>).</summary>
    [Word("subset-of")]
    SubsetOf,

    /// <summary>The start item contains the item reached (OSCAL <c>superset-of</c>).</summary>
    [Word("superset-of")]
    SupersetOf,

    /// <summary>They overlap and each has content the other lacks (OSCAL <c>intersects-with</c>).</summary>
    [Word("intersects-with")]
    IntersectsWith,

    /// <summary>
    /// They share content, but which contains which is not known: any of equal, subset, superset or intersects
    /// (for example superset ∘ subset: both contain the middle item).
    /// </summary>
    Overlaps,

    /// <summary>Nothing in common (OSCAL <c>no-relationship</c>).</summary>
    [Word("no-relationship")]
    NoRelationship,

    /// <summary>
    /// Related through the path, but the relationship cannot be derived: the items may overlap or be disjoint (for
    /// example subset ∘ superset, or intersects ∘ intersects). Read the path; never treat this as an overlap.
    /// </summary>
    Unknown,
}
