namespace Aims.Mapping;

/// <summary>The outcome of the EU AI Act high-risk test (Art. 6), with the articles that decide it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class HighRiskClassification : IEquatable<HighRiskClassification>
{
    /// <summary>Initializes a new instance of the <see cref="HighRiskClassification"/> class.</summary>
    /// <param name="isHighRisk">Whether the system is high-risk.</param>
    /// <param name="route">The deciding provision: <c>Art.6(1)</c>, <c>Art.6(2)</c>, <c>Art.6(3)</c> or <c>none</c>.</param>
    /// <param name="explanation">The reasoning in one or two sentences.</param>
    /// <exception cref="ArgumentException">A string argument is blank.</exception>
    public HighRiskClassification(bool isHighRisk, string route, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);

        IsHighRisk = isHighRisk;
        Route = route;
        Explanation = explanation;
    }

    /// <summary>Gets a value indicating whether the system is high-risk.</summary>
    public bool IsHighRisk { get; }

    /// <summary>Gets the deciding provision: <c>Art.6(1)</c>, <c>Art.6(2)</c>, <c>Art.6(3)</c> or <c>none</c>.</summary>
    public string Route { get; }

    /// <summary>Gets the reasoning in one or two sentences.</summary>
    public string Explanation { get; }

    /// <summary>Returns whether two classifications are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(HighRiskClassification? left, HighRiskClassification? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two classifications differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(HighRiskClassification? left, HighRiskClassification? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(HighRiskClassification? other) =>
        other is not null && IsHighRisk == other.IsHighRisk && string.Equals(Route, other.Route, StringComparison.Ordinal)
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HighRiskClassification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsHighRisk, StringComparer.Ordinal.GetHashCode(Route), StringComparer.Ordinal.GetHashCode(Explanation));

    /// <inheritdoc />
    public override string ToString() =>
        $"{(IsHighRisk ? "High-risk" : "Not high-risk")} ({Route}): {Explanation}";
}
