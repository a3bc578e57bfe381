using System.Globalization;

namespace Aims.Risk;

/// <summary>One bar of a tornado chart: the mean annual loss with one input held at a low and at a high value.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SensitivityBar : IEquatable<SensitivityBar>
{
    /// <summary>Initializes a new instance of the <see cref="SensitivityBar"/> class.</summary>
    /// <param name="path">The input's JSON Pointer in the FAIR tree.</param>
    /// <param name="lowInput">The input's low value (its low percentile).</param>
    /// <param name="highInput">The input's high value (its high percentile).</param>
    /// <param name="meanAtLow">Mean annual loss with the input at <paramref name="lowInput"/>.</param>
    /// <param name="meanAtHigh">Mean annual loss with the input at <paramref name="highInput"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public SensitivityBar(string path, double lowInput, double highInput, double meanAtLow, double meanAtHigh)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        Path = path;
        LowInput = lowInput;
        HighInput = highInput;
        MeanAtLow = meanAtLow;
        MeanAtHigh = meanAtHigh;
    }

    /// <summary>Gets the input's JSON Pointer in the FAIR tree, for example <c>/threatEventFrequency</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the input's low value (its low percentile).</summary>
    public double LowInput { get; }

    /// <summary>Gets the input's high value (its high percentile).</summary>
    public double HighInput { get; }

    /// <summary>Gets the mean annual loss with the input at <see cref="LowInput"/>.</summary>
    public double MeanAtLow { get; }

    /// <summary>Gets the mean annual loss with the input at <see cref="HighInput"/>.</summary>
    public double MeanAtHigh { get; }

    /// <summary>Gets the swing: |mean at high − mean at low|. Bars are ranked by it.</summary>
    public double Swing => Math.Abs(MeanAtHigh - MeanAtLow);

    /// <summary>Returns whether two bars are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(SensitivityBar? left, SensitivityBar? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two bars differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SensitivityBar? left, SensitivityBar? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(SensitivityBar? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && LowInput.Equals(other.LowInput)
        && HighInput.Equals(other.HighInput) && MeanAtLow.Equals(other.MeanAtLow) && MeanAtHigh.Equals(other.MeanAtHigh);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SensitivityBar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), LowInput, HighInput, MeanAtLow, MeanAtHigh);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}: {LowInput} → {MeanAtLow}, {HighInput} → {MeanAtHigh}");
}
