using System.Globalization;

namespace Aims.Risk;

/// <summary>
/// A qualitative risk rating on a 5×5 likelihood/impact matrix.
/// </summary>
/// <remarks>
/// This is an immutable value type. <c>default(RiskRating)</c> is not a valid rating; use
/// <see cref="IsDefault"/> to detect it.
/// </remarks>
public readonly struct RiskRating : IEquatable<RiskRating>
{
    /// <summary>The lowest level on either axis.</summary>
    public const int MinLevel = 1;

    /// <summary>The highest level on either axis.</summary>
    public const int MaxLevel = 5;

    /// <summary>
    /// Initializes a new instance of the <see cref="RiskRating"/> struct.
    /// </summary>
    /// <param name="likelihood">The likelihood level, from <see cref="MinLevel"/> to <see cref="MaxLevel"/>.</param>
    /// <param name="impact">The impact level, from <see cref="MinLevel"/> to <see cref="MaxLevel"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside the allowed range.</exception>
    public RiskRating(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, MinLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, MaxLevel);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, MinLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, MaxLevel);
        Likelihood = likelihood;
        Impact = impact;
    }

    /// <summary>Gets the likelihood level.</summary>
    public int Likelihood { get; }

    /// <summary>Gets the impact level.</summary>
    public int Impact { get; }

    /// <summary>Gets the score: likelihood multiplied by impact (1 to 25).</summary>
    public int Score => Likelihood * Impact;

    /// <summary>
    /// Gets the band of the score on the conventional 5×5 matrix: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.
    /// </summary>
    public RiskBand Band => Score switch
    {
        <= 4 => RiskBand.Low,
        <= 9 => RiskBand.Medium,
        <= 16 => RiskBand.High,
        _ => RiskBand.Critical,
    };

    /// <summary>Gets a value indicating whether this is the invalid <c>default</c> value.</summary>
    public bool IsDefault => Likelihood == 0;

    /// <summary>Returns whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when both levels are equal.</returns>
    public static bool operator ==(RiskRating left, RiskRating right) => left.Equals(right);

    /// <summary>Returns whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when a level differs.</returns>
    public static bool operator !=(RiskRating left, RiskRating right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RiskRating other) => Likelihood == other.Likelihood && Impact == other.Impact;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RiskRating other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Likelihood, Impact);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"L{Likelihood}×I{Impact}={Score}");
}
