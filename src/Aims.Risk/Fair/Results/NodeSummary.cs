using System.Globalization;

namespace Aims.Risk;

/// <summary>Summary statistics of one FAIR node over a run (per trial; loss magnitude per loss event in per-event mode).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class NodeSummary : IEquatable<NodeSummary>
{
    /// <summary>Initializes a new instance of the <see cref="NodeSummary"/> class.</summary>
    /// <param name="node">The node.</param>
    /// <param name="count">The number of values summarised; not negative.</param>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The sample standard deviation.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a defined node, or <paramref name="count"/> is negative.</exception>
    public NodeSummary(FairNode node, long count, double mean, double standardDeviation, double min, double max)
    {
        if (!Enum.IsDefined(node))
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, "Not a defined node.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);

        Node = node;
        Count = count;
        Mean = mean;
        StandardDeviation = standardDeviation;
        Min = min;
        Max = max;
    }

    /// <summary>Gets the node.</summary>
    public FairNode Node { get; }

    /// <summary>Gets the number of values summarised.</summary>
    public long Count { get; }

    /// <summary>Gets the mean (<see cref="double.NaN"/> when <see cref="Count"/> is 0).</summary>
    public double Mean { get; }

    /// <summary>Gets the sample standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets the smallest value.</summary>
    public double Min { get; }

    /// <summary>Gets the largest value.</summary>
    public double Max { get; }

    /// <summary>Returns whether two summaries are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(NodeSummary? left, NodeSummary? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two summaries differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(NodeSummary? left, NodeSummary? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(NodeSummary? other) =>
        other is not null && Node == other.Node && Count == other.Count && Mean.Equals(other.Mean)
        && StandardDeviation.Equals(other.StandardDeviation) && Min.Equals(other.Min) && Max.Equals(other.Max);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NodeSummary);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Node, Count, Mean, StandardDeviation, Min, Max);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Node}: n = {Count}, mean {Mean}, sd {StandardDeviation}, [{Min}, {Max}]");
}
