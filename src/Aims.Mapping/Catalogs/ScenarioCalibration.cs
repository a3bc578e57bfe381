namespace Aims.Mapping;

/// <summary>Where a customer's calibrated scenario estimates come from: the source an auditor can check, and when.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScenarioCalibration : IEquatable<ScenarioCalibration>
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioCalibration"/> class.</summary>
    /// <param name="source">The source of the values (incident history, red-team results, a named expert workshop).</param>
    /// <param name="calibratedOn">The date the values were set.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public ScenarioCalibration(string source, DateOnly calibratedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        (Source, CalibratedOn) = (source, calibratedOn);
    }

    /// <summary>Gets the source of the values.</summary>
    public string Source { get; }

    /// <summary>Gets the date the values were set.</summary>
    public DateOnly CalibratedOn { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (the source compares ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ScenarioCalibration? other) =>
        other is not null && string.Equals(Source, other.Source, StringComparison.Ordinal) && CalibratedOn == other.CalibratedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScenarioCalibration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Source), CalibratedOn);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ScenarioCalibration? left, ScenarioCalibration? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScenarioCalibration? left, ScenarioCalibration? right) => !(left == right);
}
