using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// What an organization discloses about the ethical use of an AI system: intended and prohibited uses, known
/// limitations and the fairness evaluations with their results (ISO/IEC 42001 A.8.2, A.9; a model card's considerations).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DataEthicsDisclosure : IEquatable<DataEthicsDisclosure>
{
    /// <summary>Initializes a new, empty instance of the <see cref="DataEthicsDisclosure"/> class; fill it through the <c>With…</c> copies.</summary>
    public DataEthicsDisclosure()
    {
        IntendedUses = [];
        ProhibitedUses = [];
        KnownLimitations = [];
        FairnessEvaluations = [];
    }

    private DataEthicsDisclosure(DataEthicsDisclosure source)
    {
        IntendedUses = source.IntendedUses;
        ProhibitedUses = source.ProhibitedUses;
        KnownLimitations = source.KnownLimitations;
        FairnessEvaluations = source.FairnessEvaluations;
    }

    /// <summary>Gets the uses the system is intended for.</summary>
    public ImmutableArray<string> IntendedUses { get; private init; }

    /// <summary>Gets the uses the organization prohibits.</summary>
    public ImmutableArray<string> ProhibitedUses { get; private init; }

    /// <summary>Gets the known limitations (populations, conditions or tasks where it performs poorly).</summary>
    public ImmutableArray<string> KnownLimitations { get; private init; }

    /// <summary>Gets the fairness evaluations and their results.</summary>
    public ImmutableArray<FairnessEvaluation> FairnessEvaluations { get; private init; }

    /// <summary>Gets a value indicating whether nothing is disclosed.</summary>
    public bool IsEmpty => IntendedUses.IsEmpty && ProhibitedUses.IsEmpty && KnownLimitations.IsEmpty && FairnessEvaluations.IsEmpty;

    /// <summary>Returns a copy with other intended uses.</summary>
    /// <param name="intendedUses">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="intendedUses"/> contains null or a blank entry.</exception>
    public DataEthicsDisclosure WithIntendedUses(IEnumerable<string> intendedUses) => new(this) { IntendedUses = Guard.TextList(intendedUses, nameof(intendedUses)) };

    /// <summary>Returns a copy with other prohibited uses.</summary>
    /// <param name="prohibitedUses">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="prohibitedUses"/> contains null or a blank entry.</exception>
    public DataEthicsDisclosure WithProhibitedUses(IEnumerable<string> prohibitedUses) => new(this) { ProhibitedUses = Guard.TextList(prohibitedUses, nameof(prohibitedUses)) };

    /// <summary>Returns a copy with other known limitations.</summary>
    /// <param name="knownLimitations">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="knownLimitations"/> contains null or a blank entry.</exception>
    public DataEthicsDisclosure WithKnownLimitations(IEnumerable<string> knownLimitations) => new(this) { KnownLimitations = Guard.TextList(knownLimitations, nameof(knownLimitations)) };

    /// <summary>Returns a copy with other fairness evaluations.</summary>
    /// <param name="fairnessEvaluations">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="fairnessEvaluations"/> contains null.</exception>
    public DataEthicsDisclosure WithFairnessEvaluations(IEnumerable<FairnessEvaluation> fairnessEvaluations) => new(this) { FairnessEvaluations = Guard.List(fairnessEvaluations, nameof(fairnessEvaluations)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DataEthicsDisclosure? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Sequence(IntendedUses, other.IntendedUses)
            && ValueEquality.Sequence(ProhibitedUses, other.ProhibitedUses)
            && ValueEquality.Sequence(KnownLimitations, other.KnownLimitations)
            && ValueEquality.Sequence(FairnessEvaluations, other.FairnessEvaluations));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataEthicsDisclosure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ValueEquality.SequenceHash(IntendedUses), ValueEquality.SequenceHash(ProhibitedUses),
        ValueEquality.SequenceHash(KnownLimitations), ValueEquality.SequenceHash(FairnessEvaluations));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DataEthicsDisclosure? left, DataEthicsDisclosure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DataEthicsDisclosure? left, DataEthicsDisclosure? right) => !(left == right);
}
