namespace Aims.Risk;

/// <summary>
/// The loose inputs of a FAIR scenario as they come from a file (any combination, possibly invalid), for
/// <see cref="FairScenario.Validate(FairScenarioInputs)"/>. Code that builds scenarios itself uses the factories of
/// <see cref="FairScenario"/> instead, which cannot be given a wrong combination.
/// </summary>
/// <remarks>A plain bag of values with no invariants; not thread-safe while being initialized.</remarks>
public sealed class FairScenarioInputs
{
    /// <summary>Gets the scenario name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the directly estimated loss event frequency.</summary>
    public Estimate? LossEventFrequency { get; init; }

    /// <summary>Gets the directly estimated threat event frequency.</summary>
    public Estimate? ThreatEventFrequency { get; init; }

    /// <summary>Gets the contact frequency.</summary>
    public Estimate? ContactFrequency { get; init; }

    /// <summary>Gets the probability of action.</summary>
    public Estimate? ProbabilityOfAction { get; init; }

    /// <summary>Gets the directly estimated vulnerability.</summary>
    public Estimate? Vulnerability { get; init; }

    /// <summary>Gets the threat capability.</summary>
    public Estimate? ThreatCapability { get; init; }

    /// <summary>Gets the resistance strength.</summary>
    public Estimate? ResistanceStrength { get; init; }

    /// <summary>Gets the primary loss as one estimate.</summary>
    public Estimate? PrimaryLoss { get; init; }

    /// <summary>Gets the primary loss by form of loss.</summary>
    public IReadOnlyDictionary<LossForm, Estimate>? PrimaryLossByForm { get; init; }

    /// <summary>Gets the secondary loss event frequency (SLEF).</summary>
    public Estimate? SecondaryLossEventFrequency { get; init; }

    /// <summary>Gets the secondary loss as one estimate.</summary>
    public Estimate? SecondaryLoss { get; init; }

    /// <summary>Gets the secondary loss by form of loss.</summary>
    public IReadOnlyDictionary<LossForm, Estimate>? SecondaryLossByForm { get; init; }

    /// <summary>Gets the negative binomial shape of the yearly event count (<see cref="FairScenario.EventCountDispersion"/>); <see langword="null"/> for Poisson.</summary>
    public double? EventCountDispersion { get; init; }
}
