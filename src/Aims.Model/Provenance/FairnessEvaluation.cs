using System.Globalization;

namespace Aims.Model;

/// <summary>The result of one fairness evaluation of a model: a metric over a protected attribute, and whether it met its threshold.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairnessEvaluation : IEquatable<FairnessEvaluation>
{
    /// <summary>Initializes a new instance of the <see cref="FairnessEvaluation"/> class.</summary>
    /// <param name="metric">The fairness metric, for example <c>demographic parity difference</c> or <c>disparate impact ratio</c>.</param>
    /// <param name="protectedAttribute">The attribute the groups are formed by, for example <c>age band</c> or <c>sex</c>.</param>
    /// <param name="result">The value measured: finite.</param>
    /// <param name="passed">Whether the result met the acceptance threshold.</param>
    /// <param name="evaluatedOn">The day of the evaluation.</param>
    /// <exception cref="ArgumentException"><paramref name="metric"/> or <paramref name="protectedAttribute"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="result"/> is not finite.</exception>
    public FairnessEvaluation(string metric, string protectedAttribute, double result, bool passed, DateOnly evaluatedOn)
    {
        Metric = Guard.Text(metric, nameof(metric));
        ProtectedAttribute = Guard.Text(protectedAttribute, nameof(protectedAttribute));
        Result = Guard.Finite(result, nameof(result));
        Passed = passed;
        EvaluatedOn = evaluatedOn;
    }

    private FairnessEvaluation(FairnessEvaluation source)
    {
        Metric = source.Metric;
        ProtectedAttribute = source.ProtectedAttribute;
        Result = source.Result;
        Passed = source.Passed;
        EvaluatedOn = source.EvaluatedOn;
        Threshold = source.Threshold;
    }

    /// <summary>Gets the fairness metric.</summary>
    public string Metric { get; }

    /// <summary>Gets the protected attribute.</summary>
    public string ProtectedAttribute { get; }

    /// <summary>Gets the value measured.</summary>
    public double Result { get; }

    /// <summary>Gets a value indicating whether the result met the acceptance threshold.</summary>
    public bool Passed { get; }

    /// <summary>Gets the day of the evaluation.</summary>
    public DateOnly EvaluatedOn { get; }

    /// <summary>Gets the acceptance threshold, if recorded.</summary>
    public double? Threshold { get; private init; }

    /// <summary>Returns a copy with the acceptance threshold (<see langword="null"/> clears it).</summary>
    /// <param name="threshold">The new value: finite.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    public FairnessEvaluation WithThreshold(double? threshold) => new(this) { Threshold = threshold is { } t ? Guard.Finite(t, nameof(threshold)) : null };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FairnessEvaluation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Metric, other.Metric)
            && ValueEquality.Text(ProtectedAttribute, other.ProtectedAttribute)
            && Result.Equals(other.Result)
            && Passed == other.Passed
            && EvaluatedOn == other.EvaluatedOn
            && Nullable.Equals(Threshold, other.Threshold));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FairnessEvaluation);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Metric), StringComparer.Ordinal.GetHashCode(ProtectedAttribute), Result, Passed, EvaluatedOn, Threshold);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FairnessEvaluation? left, FairnessEvaluation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FairnessEvaluation? left, FairnessEvaluation? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric} by {ProtectedAttribute}: {Result:0.###} ({(Passed ? "passed" : "failed")}, {EvaluatedOn:yyyy-MM-dd})");
}
