namespace Aims.Risk;

/// <summary>The effect of one control (or of all controls together) on annual loss, with its return on investment.</summary>
/// <param name="Name">The control name, or "all controls".</param>
/// <param name="AnnualCost">The annual cost.</param>
/// <param name="MeanAfter">The mean annual loss with the control.</param>
/// <param name="RiskReduction">ALE before − ALE after.</param>
/// <param name="ReturnOnInvestment">(ALE before − ALE after − annual cost) / annual cost.</param>
public readonly record struct ControlResult(string Name, double AnnualCost, double MeanAfter, double RiskReduction, double ReturnOnInvestment);
