using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The classification an AI system's model inherits from its training data, with the data sources that caused it.
/// Produced by <see cref="ClassificationScale.Inherit"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ClassificationInheritance : IEquatable<ClassificationInheritance>
{
    internal ClassificationInheritance(
        string systemId, string? level, ImmutableArray<string> causedBy, ImmutableArray<string> unclassifiedSources)
    {
        SystemId = systemId;
        Level = level;
        CausedBy = causedBy;
        UnclassifiedSources = unclassifiedSources;
    }

    /// <summary>Gets the id of the AI system.</summary>
    public string SystemId { get; }

    /// <summary>Gets the inherited level, or <see langword="null"/> when no training data has a known classification.</summary>
    public string? Level { get; }

    /// <summary>Gets the ids of the training data sources at <see cref="Level"/>, in inventory order.</summary>
    public ImmutableArray<string> CausedBy { get; }

    /// <summary>Gets the ids of training data sources whose label is not on the scale (they could not be ranked).</summary>
    public ImmutableArray<string> UnclassifiedSources { get; }

    /// <summary>Gets a one-sentence explanation for people.</summary>
    public string Explanation
    {
        get
        {
            var text = Level is null
                ? $"{SystemId} has no training data with a known classification"
                : $"{SystemId} is '{Level}' because its training data {string.Join(", ", CausedBy)} "
                  + (CausedBy.Length == 1 ? "is" : "are") + $" classified '{Level}'";
            return UnclassifiedSources.IsEmpty
                ? text + "."
                : text + $"; {string.Join(", ", UnclassifiedSources)} could not be ranked (label not on the scale).";
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ClassificationInheritance? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(SystemId, other.SystemId)
            && ValueEquality.Text(Level, other.Level)
            && ValueEquality.Sequence(CausedBy, other.CausedBy)
            && ValueEquality.Sequence(UnclassifiedSources, other.UnclassifiedSources));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClassificationInheritance);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SystemId, StringComparer.Ordinal);
        hash.Add(Level, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(CausedBy));
        hash.Add(ValueEquality.SequenceHash(UnclassifiedSources));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ClassificationInheritance? left, ClassificationInheritance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ClassificationInheritance? left, ClassificationInheritance? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
