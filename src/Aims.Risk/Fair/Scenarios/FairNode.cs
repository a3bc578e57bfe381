namespace Aims.Risk;

/// <summary>A node of the Open FAIR taxonomy: where an estimate sits and where a control acts.</summary>
public enum FairNode
{
    /// <summary>Loss event frequency (events per year).</summary>
    LossEventFrequency,

    /// <summary>Threat event frequency (events per year).</summary>
    ThreatEventFrequency,

    /// <summary>Contact frequency (contacts per year).</summary>
    ContactFrequency,

    /// <summary>Probability that a contact becomes a threat event.</summary>
    ProbabilityOfAction,

    /// <summary>Probability that a threat event becomes a loss event.</summary>
    Vulnerability,

    /// <summary>Threat capability (same scale as resistance strength).</summary>
    ThreatCapability,

    /// <summary>Resistance strength (same scale as threat capability).</summary>
    ResistanceStrength,

    /// <summary>Primary loss per loss event.</summary>
    PrimaryLoss,

    /// <summary>Fraction of loss events with secondary effects.</summary>
    SecondaryLossEventFrequency,

    /// <summary>Secondary loss per secondary loss event.</summary>
    SecondaryLoss,

    /// <summary>Loss magnitude per loss event: primary plus secondary loss (a derived node; not a control target).</summary>
    LossMagnitude,
}
