using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An ordered data classification scale, lowest level first, for example
/// <c>public &lt; internal &lt; confidential &lt; restricted</c>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads. Labels compare ordinally, ignoring case.</remarks>
public sealed class ClassificationScale : IEquatable<ClassificationScale>
{
    /// <summary>Initializes a new instance of the <see cref="ClassificationScale"/> class.</summary>
    /// <param name="levels">The labels, lowest first; at least one, none blank, no duplicates (ignoring case).</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a label is blank or repeated.</exception>
    public ClassificationScale(IEnumerable<string> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        Levels = Guard.TextList(levels, nameof(levels));
        if (Levels.IsEmpty)
        {
            throw new ArgumentException("A classification scale needs at least one level.", nameof(levels));
        }

        if (Levels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Levels.Length)
        {
            throw new ArgumentException("Classification levels must be distinct (ignoring case).", nameof(levels));
        }
    }

    /// <summary>Gets a common four-level scale: <c>public</c>, <c>internal</c>, <c>confidential</c>, <c>restricted</c>.</summary>
    public static ClassificationScale Default { get; } = new(["public", "internal", "confidential", "restricted"]);

    /// <summary>Gets the labels, lowest first.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Returns the rank of a label (0 = lowest), or -1 when it is not on the scale.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The rank, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public int RankOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        for (var i = 0; i < Levels.Length; i++)
        {
            if (string.Equals(Levels[i], label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns whether a label is on the scale.</summary>
    /// <param name="label">The label.</param>
    /// <returns><see langword="true"/> when the label is a level of this scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public bool Contains(string label) => RankOf(label) >= 0;

    /// <summary>
    /// Computes the classification an AI system's model inherits: the highest classification among the data it
    /// learns from (<see cref="DataSource.IsTrainingData"/>), with the sources that caused it.
    /// </summary>
    /// <param name="system">The AI system.</param>
    /// <returns>The inherited classification and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> is <see langword="null"/>.</exception>
    public ClassificationInheritance Inherit(AiSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var best = -1;
        var causes = ImmutableArray.CreateBuilder<string>();
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var source in system.DataSources.Where(s => s.IsTrainingData))
        {
            var rank = RankOf(source.Classification);
            if (rank < 0)
            {
                unknown.Add(source.Id);
            }
            else if (rank > best)
            {
                best = rank;
                causes.Clear();
                causes.Add(source.Id);
            }
            else if (rank == best)
            {
                causes.Add(source.Id);
            }
        }

        return new ClassificationInheritance(system.Id, best < 0 ? null : Levels[best], causes.ToImmutable(), unknown.ToImmutable());
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ClassificationScale? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Sequence(Levels, other.Levels));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClassificationScale);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ValueEquality.SequenceHash(Levels));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ClassificationScale? left, ClassificationScale? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ClassificationScale? left, ClassificationScale? right) => !(left == right);
}
