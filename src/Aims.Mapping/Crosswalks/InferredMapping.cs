using System.Collections.Immutable;

namespace Aims.Mapping;

/// <summary>
/// A relationship reached through a path of mappings (A → B → C), composed soundly: a relationship is claimed only
/// when it follows from the links for every set of requirements they allow; otherwise the result is
/// <see cref="InferredRelationship.Overlaps"/> (they share content) or <see cref="InferredRelationship.Unknown"/>
/// (related, relationship unknown), with the path.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InferredMapping
{
    // The five basic relations of sets (RCC5), as bits: equal, proper subset, proper superset, partial overlap, disjoint.
    private const int Eq = 1, Pp = 2, Ppi = 4, Po = 8, Dr = 16, All = Eq | Pp | Ppi | Po | Dr, Overlap = Eq | Pp | Ppi | Po;

    internal InferredMapping(string targetFramework, string targetId, InferredRelationship relationship, ImmutableArray<MappingResult> path)
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

    /// <summary>
    /// Gets the composed relationship of the start item to the item reached; for a stated mapping (one hop), the stated
    /// relationship.
    /// </summary>
    public InferredRelationship Relationship { get; }

    /// <summary>Gets the path, one oriented mapping per hop.</summary>
    public ImmutableArray<MappingResult> Path { get; }

    /// <summary>Gets a value indicating whether the result is inferred (more than one hop) rather than stated.</summary>
    public bool IsInferred => Path.Length > 1;

    /// <summary>Gets the lowest confidence along the path.</summary>
    public MappingConfidence Confidence { get; }

    /// <summary>Composes two stated relationships: A r1 B and B r2 C give what follows for A and C.</summary>
    /// <param name="first">The relationship of A to B.</param>
    /// <param name="second">The relationship of B to C.</param>
    /// <returns>
    /// The strongest sound conclusion: equal/equivalent compose as identity, subset ∘ subset is subset, superset ∘
    /// superset is superset, subset ∘ no-relationship and no-relationship ∘ superset are no-relationship, superset ∘
    /// subset, superset ∘ intersects and intersects ∘ subset are <see cref="InferredRelationship.Overlaps"/>, and every
    /// other pair is <see cref="InferredRelationship.Unknown"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A relationship is not a defined value.</exception>
    public static InferredRelationship Compose(Relationship first, Relationship second) => Compose(From(first), second);

    /// <summary>Extends a composed relationship by one more link: A r1 B (inferred) and B r2 C (stated) give A ? C.</summary>
    /// <param name="first">The relationship of A to B, possibly inferred.</param>
    /// <param name="second">The stated relationship of B to C.</param>
    /// <returns>The strongest sound conclusion for A and C; see <see cref="Compose(Relationship, Relationship)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A relationship is not a defined value.</exception>
    public static InferredRelationship Compose(InferredRelationship first, Relationship second)
    {
        var (a, b) = (Mask(first), Mask(From(second)));
        var composed = 0;
        for (var x = Eq; x <= Dr; x <<= 1)
        {
            for (var y = Eq; y <= Dr; y <<= 1)
            {
                if ((a & x) != 0 && (b & y) != 0)
                {
                    composed |= Basic(x, y);
                }
            }
        }

        var equivalent = first == InferredRelationship.EquivalentTo || second == Mapping.Relationship.EquivalentTo;
        return composed switch
        {
            Eq => equivalent ? InferredRelationship.EquivalentTo : InferredRelationship.EqualTo,
            Pp => InferredRelationship.SubsetOf,
            Ppi => InferredRelationship.SupersetOf,
            Po => InferredRelationship.IntersectsWith,
            Dr => InferredRelationship.NoRelationship,
            _ when (composed & ~Overlap) == 0 => InferredRelationship.Overlaps,
            _ => InferredRelationship.Unknown,
        };
    }

    /// <summary>Gets the inferred outcome that states the same as a stated relationship.</summary>
    /// <param name="relationship">A stated relationship.</param>
    /// <returns>The outcome of the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relationship"/> is not a defined value.</exception>
    public static InferredRelationship From(Relationship relationship) => relationship switch
    {
        Mapping.Relationship.EqualTo => InferredRelationship.EqualTo,
        Mapping.Relationship.EquivalentTo => InferredRelationship.EquivalentTo,
        Mapping.Relationship.SubsetOf => InferredRelationship.SubsetOf,
        Mapping.Relationship.SupersetOf => InferredRelationship.SupersetOf,
        Mapping.Relationship.IntersectsWith => InferredRelationship.IntersectsWith,
        Mapping.Relationship.NoRelationship => InferredRelationship.NoRelationship,
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Not a defined relationship."),
    };

    private static int Mask(InferredRelationship relationship) => relationship switch
    {
        InferredRelationship.EqualTo or InferredRelationship.EquivalentTo => Eq,
        InferredRelationship.SubsetOf => Pp,
        InferredRelationship.SupersetOf => Ppi,
        InferredRelationship.IntersectsWith => Po,
        InferredRelationship.NoRelationship => Dr,
        InferredRelationship.Overlaps => Overlap,
        InferredRelationship.Unknown => All,
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Not a defined relationship."),
    };

    // The RCC5 composition table: given A x B and B y C, the relations A and C can have.
    private static int Basic(int x, int y) => (x, y) switch
    {
        (Eq, _) => y,
        (_, Eq) => x,
        (Pp, Pp) => Pp,
        (Pp, Ppi) => All,
        (Pp, Po) => Pp | Po | Dr,
        (Pp, Dr) => Dr,
        (Ppi, Pp) => Overlap,
        (Ppi, Ppi) => Ppi,
        (Ppi, Po) => Ppi | Po,
        (Ppi, Dr) => Ppi | Po | Dr,
        (Po, Pp) => Pp | Po,
        (Po, Ppi) => Ppi | Po | Dr,
        (Po, Po) => All,
        (Po, Dr) => Ppi | Po | Dr,
        (Dr, Pp) => Pp | Po | Dr,
        (Dr, Ppi) => Dr,
        (Dr, Po) => Pp | Po | Dr,
        _ => All, // (Dr, Dr)
    };
}
