using System.Globalization;

namespace Aims.Risk;

/// <summary>A percentile of annual loss (Hyndman–Fan type 7, as numpy and R by default).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class PercentileValue : IEquatable<PercentileValue>
{
    /// <summary>Initializes a new instance of the <see cref="PercentileValue"/> class.</summary>
    /// <param name="probability">The level, in [0, 1].</param>
    /// <param name="value">The annual loss at that level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in [0, 1].</exception>
    public PercentileValue(double probability, double value)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The level must be in [0, 1].");
        }

        Probability = probability;
        Value = value;
    }

    /// <summary>Gets the level, for example 0.95.</summary>
    public double Probability { get; }

    /// <summary>Gets the annual loss at that level.</summary>
    public double Value { get; }

    /// <summary>Returns whether two percentiles are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(PercentileValue? left, PercentileValue? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two percentiles differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(PercentileValue? left, PercentileValue? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(PercentileValue? other) =>
        other is not null && Probability.Equals(other.Probability) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PercentileValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Probability, Value);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p{Probability * 100} = {Value}");
}
