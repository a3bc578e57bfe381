namespace Aims.Risk;

/// <summary>A histogram bin of annual loss: [Lower, Upper), the last bin closed.</summary>
/// <param name="Lower">The lower edge.</param>
/// <param name="Upper">The upper edge.</param>
/// <param name="Count">The number of trials in the bin.</param>
public readonly record struct HistogramBin(double Lower, double Upper, long Count);
