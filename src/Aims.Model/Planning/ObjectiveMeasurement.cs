using System.Globalization;

namespace Aims.Model;

/// <summary>One measurement of an AI objective's measure: the value on a day, and where it came from.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ObjectiveMeasurement : IEquatable<ObjectiveMeasurement>
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveMeasurement"/> class.</summary>
    /// <param name="measuredOn">The day measured.</param>
    /// <param name="value">The value, in the objective's unit; finite.</param>
    /// <param name="source">Where the value came from (a dashboard, a report, an audit sample); optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public ObjectiveMeasurement(DateOnly measuredOn, double value, string? source = null)
    {
        MeasuredOn = measuredOn;
        Value = Guard.Finite(value, nameof(value));
        Source = Guard.OptionalText(source);
    }

    /// <summary>Gets the day measured.</summary>
    public DateOnly MeasuredOn { get; }

    /// <summary>Gets the value, in the objective's unit.</summary>
    public double Value { get; }

    /// <summary>Gets where the value came from.</summary>
    public string? Source { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ObjectiveMeasurement? other) =>
        ReferenceEquals(this, other)
        || (other is not null && MeasuredOn == other.MeasuredOn && Value.Equals(other.Value) && string.Equals(Source, other.Source, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjectiveMeasurement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MeasuredOn, Value, Source is null ? 0 : StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ObjectiveMeasurement? left, ObjectiveMeasurement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ObjectiveMeasurement? left, ObjectiveMeasurement? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.###} on {MeasuredOn:yyyy-MM-dd}");
}
