namespace Aims.Model;

/// <summary>
/// Whether climate change is a relevant issue for the AIMS (ISO/IEC 42001 clause 4.1 as the 2024 climate action
/// amendments to ISO management system standards ask), why, and when that was last reviewed.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ClimateChangeRelevance : IEquatable<ClimateChangeRelevance>
{
    /// <summary>Initializes a new instance of the <see cref="ClimateChangeRelevance"/> class.</summary>
    /// <param name="isRelevant">Whether climate change is a relevant issue.</param>
    /// <param name="rationale">Why (for example the energy of training and inference, or physical risk to data centres).</param>
    /// <param name="reviewedOn">When the determination was last reviewed.</param>
    /// <exception cref="ArgumentException"><paramref name="rationale"/> is blank.</exception>
    public ClimateChangeRelevance(bool isRelevant, string rationale, DateOnly reviewedOn)
    {
        IsRelevant = isRelevant;
        Rationale = Guard.Text(rationale, nameof(rationale));
        ReviewedOn = reviewedOn;
    }

    /// <summary>Gets a value indicating whether climate change is a relevant issue.</summary>
    public bool IsRelevant { get; }

    /// <summary>Gets why.</summary>
    public string Rationale { get; }

    /// <summary>Gets when the determination was last reviewed.</summary>
    public DateOnly ReviewedOn { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ClimateChangeRelevance? other) =>
        ReferenceEquals(this, other)
        || (other is not null && IsRelevant == other.IsRelevant && ValueEquality.Text(Rationale, other.Rationale) && ReviewedOn == other.ReviewedOn);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClimateChangeRelevance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsRelevant, StringComparer.Ordinal.GetHashCode(Rationale), ReviewedOn);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ClimateChangeRelevance? left, ClimateChangeRelevance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ClimateChangeRelevance? left, ClimateChangeRelevance? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"climate change {(IsRelevant ? "relevant" : "not relevant")} (reviewed {ReviewedOn:yyyy-MM-dd}): {Rationale}");
}
