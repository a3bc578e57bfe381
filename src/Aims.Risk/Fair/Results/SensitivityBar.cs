namespace Aims.Risk;

/// <summary>One bar of a tornado chart: the mean annual loss with one input held at a low and at a high value.</summary>
/// <param name="Path">The input's path in the FAIR tree.</param>
/// <param name="LowInput">The input's low value (its low percentile).</param>
/// <param name="HighInput">The input's high value (its high percentile).</param>
/// <param name="MeanAtLow">Mean annual loss with the input at <paramref name="LowInput"/>.</param>
/// <param name="MeanAtHigh">Mean annual loss with the input at <paramref name="HighInput"/>.</param>
public readonly record struct SensitivityBar(string Path, double LowInput, double HighInput, double MeanAtLow, double MeanAtHigh)
{
    /// <summary>Gets the swing: |mean at high − mean at low|. Bars are ranked by it.</summary>
    public double Swing => Math.Abs(MeanAtHigh - MeanAtLow);
}
