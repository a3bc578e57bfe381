namespace Aims.Mapping;

/// <summary>The outcome of the EU AI Act high-risk test (Art. 6), with the articles that decide it.</summary>
/// <param name="IsHighRisk">Whether the system is high-risk.</param>
/// <param name="Route">The deciding provision: <c>Art.6(1)</c>, <c>Art.6(2)</c>, <c>Art.6(3)</c> or <c>none</c>.</param>
/// <param name="Explanation">The reasoning in one or two sentences.</param>
public readonly record struct HighRiskClassification(bool IsHighRisk, string Route, string Explanation);
