namespace Aims.Risk;

/// <summary>The outcome of checking a FAIR result against a <see cref="RiskAppetiteStatement"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskAppetiteEvaluation : IEquatable<RiskAppetiteEvaluation>
{
    /// <summary>Initializes a new instance of the <see cref="RiskAppetiteEvaluation"/> class.</summary>
    /// <param name="withinAppetite">Whether the risk is within appetite.</param>
    /// <param name="probability">The exceedance probability found, in [0, 1].</param>
    /// <param name="explanation">The explanation in one sentence.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="explanation"/> is blank.</exception>
    public RiskAppetiteEvaluation(bool withinAppetite, double probability, string explanation)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be in [0, 1].");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);

        WithinAppetite = withinAppetite;
        Probability = probability;
        Explanation = explanation;
    }

    /// <summary>Gets a value indicating whether the risk is within appetite: the exceedance probability is at most the statement's maximum.</summary>
    public bool WithinAppetite { get; }

    /// <summary>Gets the exceedance probability found, P(annual loss &gt; threshold).</summary>
    public double Probability { get; }

    /// <summary>Gets the explanation in one sentence, for example <c>P(annual loss &gt; 1,000,000) = 3.20 % ≤ 5.00 %: within appetite.</c></summary>
    public string Explanation { get; }

    /// <summary>Returns whether two evaluations are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(RiskAppetiteEvaluation? left, RiskAppetiteEvaluation? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two evaluations differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RiskAppetiteEvaluation? left, RiskAppetiteEvaluation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RiskAppetiteEvaluation? other) =>
        other is not null && WithinAppetite == other.WithinAppetite && Probability.Equals(other.Probability)
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskAppetiteEvaluation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WithinAppetite, Probability, StringComparer.Ordinal.GetHashCode(Explanation));

    /// <inheritdoc />
    public override string ToString() =>
        Explanation;
}
