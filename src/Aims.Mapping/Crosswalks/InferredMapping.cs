using System.Collections.Immutable;

namespace Aims.Mapping;

/// <summary>
/// A relationship reached through a path of mappings (A → B → C), composed conservatively: never stronger than the
/// weakest link, and intersects-with where the composition does not follow (for example subset ∘ superset).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InferredMapping
{
    internal InferredMapping(string targetFramework, string targetId, Relationship relationship, ImmutableArray<MappingResult> path)
    {
        TargetFramework = targetFramework;
        TargetId = targetId;
        Relationship = relationship;
        Path = path;
        Confidence = path.Min(p => p.Mapping.Confidence);
    }

    /// <summary>Gets the framework reached.</summary>
    public string TargetFramework { get; }

    /// <summary>Gets the item reached.</summary>
    public string TargetId { get; }

    /// <summary>Gets the composed relationship of the start item to the item reached.</summary>
    public Relationship Relationship { get; }

    /// <summary>Gets the path, one oriented mapping per hop.</summary>
    public ImmutableArray<MappingResult> Path { get; }

    /// <summary>Gets a value indicating whether the result is inferred (more than one hop) rather than stated.</summary>
    public bool IsInferred => Path.Length > 1;

    /// <summary>Gets the lowest confidence along the path.</summary>
    public MappingConfidence Confidence { get; }

    /// <summary>Composes two relationships: A r1 B and B r2 C give A ? C.</summary>
    /// <param name="first">The relationship of A to B.</param>
    /// <param name="second">The relationship of B to C.</param>
    /// <returns>The composed relationship, or <see langword="null"/> when nothing follows (a no-relationship link).</returns>
    public static Relationship? Compose(Relationship first, Relationship second) => (first, second) switch
    {
        (Relationship.NoRelationship, _) or (_, Relationship.NoRelationship) => null,
        (Relationship.EqualTo, var r) => r,
        (var r, Relationship.EqualTo) => r,
        (Relationship.EquivalentTo, var r) => r,
        (var r, Relationship.EquivalentTo) => r,
        (Relationship.SubsetOf, Relationship.SubsetOf) => Relationship.SubsetOf,
        (Relationship.SupersetOf, Relationship.SupersetOf) => Relationship.SupersetOf,
        _ => Relationship.IntersectsWith,
    };
}
