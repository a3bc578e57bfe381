using System.Globalization;

namespace Aims.Risk;

/// <summary>One level of a qualitative scale: an ordinal value, a label and an optional numeric range [Lower, Upper).</summary>
/// <remarks>Instances are immutable and safe to share between threads. Ranges are checked by <see cref="RiskScale"/>.</remarks>
public sealed class ScaleLevel
{
    /// <summary>Initializes a new instance of the <see cref="ScaleLevel"/> class.</summary>
    /// <param name="value">The ordinal value, from 1.</param>
    /// <param name="label">The label, for example <c>Likely</c>.</param>
    /// <param name="lower">The inclusive lower bound of the numeric range (for example events per year or currency); optional.</param>
    /// <param name="upper">The exclusive upper bound; <see cref="double.PositiveInfinity"/> for an open top level; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or only one bound is given.</exception>
    public ScaleLevel(int value, string label, double? lower = null, double? upper = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if ((lower is null) != (upper is null))
        {
            throw new ArgumentException("Give both bounds of the range or neither.", nameof(upper));
        }

        Value = value;
        Label = label.Trim();
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the ordinal value.</summary>
    public int Value { get; }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the inclusive lower bound, if the level has a range.</summary>
    public double? Lower { get; }

    /// <summary>Gets the exclusive upper bound, if the level has a range.</summary>
    public double? Upper { get; }

    /// <inheritdoc />
    public override string ToString() => Lower is null
        ? $"{Value} {Label}"
        : string.Create(CultureInfo.InvariantCulture, $"{Value} {Label} [{Lower}, {Upper})");
}
