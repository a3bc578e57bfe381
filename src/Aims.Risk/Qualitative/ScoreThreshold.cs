using System.Globalization;

namespace Aims.Risk;

/// <summary>A band that starts at a score (likelihood × impact): scores from <see cref="MinScore"/> up to the next threshold get <see cref="Band"/>.</summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The score is at least 1; whether it is reachable on a
/// matrix (at most 25 on a 5×5 matrix) is checked by <see cref="RiskMatrix.FromThresholds"/>.
/// </remarks>
public sealed class ScoreThreshold : IEquatable<ScoreThreshold>
{
    /// <summary>Initializes a new instance of the <see cref="ScoreThreshold"/> class.</summary>
    /// <param name="minScore">The lowest score in the band; at least 1.</param>
    /// <param name="band">The band.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minScore"/> is less than 1, or <paramref name="band"/> is not a defined band.</exception>
    public ScoreThreshold(int minScore, RiskBand band)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minScore, 1);
        if (!Enum.IsDefined(band))
        {
            throw new ArgumentOutOfRangeException(nameof(band), band, "Not a defined band.");
        }

        MinScore = minScore;
        Band = band;
    }

    /// <summary>Gets the lowest score in the band.</summary>
    public int MinScore { get; }

    /// <summary>Gets the band.</summary>
    public RiskBand Band { get; }

    /// <summary>Returns whether two thresholds are equal.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or have the same score and band.</returns>
    public static bool operator ==(ScoreThreshold? left, ScoreThreshold? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two thresholds differ.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScoreThreshold? left, ScoreThreshold? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ScoreThreshold? other) => other is not null && MinScore == other.MinScore && Band == other.Band;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreThreshold);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinScore, Band);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Band} from {MinScore}");
}
