namespace Aims.Risk;

/// <summary>A point of the loss exceedance curve: the probability that the annual loss is at least <see cref="Loss"/>.</summary>
/// <param name="Loss">The annual loss.</param>
/// <param name="Probability">P(annual loss ≥ Loss), counted exactly over the trials.</param>
public readonly record struct LossExceedancePoint(double Loss, double Probability);
