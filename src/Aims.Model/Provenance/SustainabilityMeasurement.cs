using System.Globalization;

namespace Aims.Model;

/// <summary>
/// One sustainability figure of an AI system: energy (kWh), emissions (kg CO2e) or water (litres) of training or
/// inference over a period, with the method it was measured or estimated by.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SustainabilityMeasurement : IEquatable<SustainabilityMeasurement>
{
    /// <summary>Initializes a new instance of the <see cref="SustainabilityMeasurement"/> class.</summary>
    /// <param name="metric">What is measured; it fixes the unit (<see cref="Unit"/>).</param>
    /// <param name="value">The amount in the metric's unit: finite and not negative.</param>
    /// <param name="method">How it was measured or estimated, for example <c>metered PDU readings</c> or <c>provider carbon dashboard (location-based)</c>.</param>
    /// <param name="periodStart">The first day of the period measured.</param>
    /// <param name="periodEnd">The last day of the period measured, on or after <paramref name="periodStart"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is undefined, <paramref name="value"/> is negative or not finite, or <paramref name="periodEnd"/> is before <paramref name="periodStart"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is blank.</exception>
    public SustainabilityMeasurement(SustainabilityMetric metric, double value, string method, DateOnly periodStart, DateOnly periodEnd)
    {
        Metric = Guard.Defined(metric, nameof(metric));
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A sustainability figure must be finite and not negative.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(periodEnd, periodStart);
        Value = value;
        Method = Guard.Text(method, nameof(method));
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
    }

    /// <summary>Gets what is measured.</summary>
    public SustainabilityMetric Metric { get; }

    /// <summary>Gets the amount, in <see cref="Unit"/>.</summary>
    public double Value { get; }

    /// <summary>Gets how the figure was measured or estimated.</summary>
    public string Method { get; }

    /// <summary>Gets the first day of the period measured.</summary>
    public DateOnly PeriodStart { get; }

    /// <summary>Gets the last day of the period measured.</summary>
    public DateOnly PeriodEnd { get; }

    /// <summary>Gets the unit of <see cref="Value"/>: <c>kWh</c>, <c>kg CO2e</c> or <c>L</c>.</summary>
    public string Unit => UnitOf(Metric);

    /// <summary>Gets whether the figure is about training (as opposed to inference or water).</summary>
    public bool IsTraining => Metric is SustainabilityMetric.TrainingEnergy or SustainabilityMetric.TrainingEmissions;

    /// <summary>Returns the unit a metric is recorded in.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns><c>kWh</c> for energy, <c>kg CO2e</c> for emissions, <c>L</c> for water.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public static string UnitOf(SustainabilityMetric metric) => metric switch
    {
        SustainabilityMetric.TrainingEnergy or SustainabilityMetric.InferenceEnergy => "kWh",
        SustainabilityMetric.TrainingEmissions or SustainabilityMetric.InferenceEmissions => "kg CO2e",
        SustainabilityMetric.Water => "L",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown SustainabilityMetric value."),
    };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(SustainabilityMeasurement? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Metric == other.Metric
            && Value.Equals(other.Value)
            && ValueEquality.Text(Method, other.Method)
            && PeriodStart == other.PeriodStart
            && PeriodEnd == other.PeriodEnd);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SustainabilityMeasurement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metric, Value, StringComparer.Ordinal.GetHashCode(Method), PeriodStart, PeriodEnd);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(SustainabilityMeasurement? left, SustainabilityMeasurement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SustainabilityMeasurement? left, SustainabilityMeasurement? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Vocabulary.Word(Metric)} {Value:0.###} {Unit} ({PeriodStart:yyyy-MM-dd}..{PeriodEnd:yyyy-MM-dd}, {Method})");
}
