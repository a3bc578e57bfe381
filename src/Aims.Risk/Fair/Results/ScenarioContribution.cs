namespace Aims.Risk;

/// <summary>One scenario's part in a portfolio's annual loss.</summary>
/// <param name="Name">The scenario name.</param>
/// <param name="Mean">Its mean annual loss.</param>
/// <param name="StandardDeviation">Its standard deviation of annual loss.</param>
/// <param name="ShareOfMean">Its share of the portfolio mean, 0 to 1.</param>
public readonly record struct ScenarioContribution(string Name, double Mean, double StandardDeviation, double ShareOfMean);
