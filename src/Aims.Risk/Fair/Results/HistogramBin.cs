using System.Globalization;

namespace Aims.Risk;

/// <summary>A histogram bin of annual loss: [Lower, Upper), the last bin closed.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class HistogramBin : IEquatable<HistogramBin>
{
    /// <summary>Initializes a new instance of the <see cref="HistogramBin"/> class.</summary>
    /// <param name="lower">The lower edge.</param>
    /// <param name="upper">The upper edge; not below <paramref name="lower"/>.</param>
    /// <param name="count">The number of trials in the bin; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upper"/> is below <paramref name="lower"/>, or <paramref name="count"/> is negative.</exception>
    public HistogramBin(double lower, double upper, long count)
    {
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "The upper edge must not be below the lower edge.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);

        Lower = lower;
        Upper = upper;
        Count = count;
    }

    /// <summary>Gets the lower edge.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper edge.</summary>
    public double Upper { get; }

    /// <summary>Gets the number of trials in the bin.</summary>
    public long Count { get; }

    /// <summary>Returns whether two bins are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(HistogramBin? left, HistogramBin? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two bins differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(HistogramBin? left, HistogramBin? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(HistogramBin? other) =>
        other is not null && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistogramBin);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Count);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}): {Count}");
}
