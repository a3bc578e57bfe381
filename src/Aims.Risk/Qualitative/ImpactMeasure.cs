namespace Aims.Risk;

/// <summary>Which quantitative figure places a FAIR result on the impact axis of a matrix.</summary>
public enum ImpactMeasure
{
    /// <summary>The mean annual loss (ALE): "how much does this cost us per year".</summary>
    AnnualLoss,

    /// <summary>The mean loss per loss event: "how bad is one event".</summary>
    LossPerEvent,
}
