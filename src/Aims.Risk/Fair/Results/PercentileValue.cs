namespace Aims.Risk;

/// <summary>A percentile of annual loss (Hyndman–Fan type 7, as numpy and R by default).</summary>
/// <param name="Probability">The level, for example 0.95.</param>
/// <param name="Value">The annual loss at that level.</param>
public readonly record struct PercentileValue(double Probability, double Value);
