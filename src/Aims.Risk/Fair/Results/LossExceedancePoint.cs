using System.Globalization;

namespace Aims.Risk;

/// <summary>A point of the loss exceedance curve: the probability that the annual loss is at least <see cref="Loss"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class LossExceedancePoint : IEquatable<LossExceedancePoint>
{
    /// <summary>Initializes a new instance of the <see cref="LossExceedancePoint"/> class.</summary>
    /// <param name="loss">The annual loss.</param>
    /// <param name="probability">P(annual loss ≥ loss), in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in [0, 1].</exception>
    public LossExceedancePoint(double loss, double probability)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be in [0, 1].");
        }

        Loss = loss;
        Probability = probability;
    }

    /// <summary>Gets the annual loss.</summary>
    public double Loss { get; }

    /// <summary>Gets P(annual loss ≥ <see cref="Loss"/>), counted exactly over the trials.</summary>
    public double Probability { get; }

    /// <summary>Returns whether two points are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(LossExceedancePoint? left, LossExceedancePoint? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two points differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(LossExceedancePoint? left, LossExceedancePoint? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(LossExceedancePoint? other) =>
        other is not null && Loss.Equals(other.Loss) && Probability.Equals(other.Probability);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LossExceedancePoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Loss, Probability);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P(loss ≥ {Loss}) = {Probability}");
}
