namespace Aims.Risk;

/// <summary>
/// The stable codes of the diagnostics that Aims.Risk reports for invalid FAIR input (AIMS5xxx). Each code is documented
/// once in <c>docs/diagnostics.md</c> and never reused for another meaning.
/// </summary>
public static class RiskDiagnosticCodes
{
    /// <summary>AIMS5001: a FAIR scenario has no name.</summary>
    public const string ScenarioNameRequired = "AIMS5001";

    /// <summary>AIMS5002: a node is both estimated directly and derived from its children (for example LEF and TEF), or a loss is given both as one estimate and by form.</summary>
    public const string ConflictingEstimates = "AIMS5002";

    /// <summary>AIMS5003: a node the tree needs is missing (no frequency route, no primary loss, SLEF without secondary loss or the reverse).</summary>
    public const string MissingEstimate = "AIMS5003";

    /// <summary>AIMS5004: an estimate has a parameter that is not a finite number.</summary>
    public const string NonFiniteParameter = "AIMS5004";

    /// <summary>AIMS5005: an estimate's parameters do not define a distribution (min above max, mode outside the range, γ or standard deviation not positive, a lognormal interval not 0 &lt; lower &lt; upper).</summary>
    public const string InvalidParameters = "AIMS5005";

    /// <summary>AIMS5006: an estimate can take values its node does not allow (negative frequencies or losses, probabilities outside [0, 1]).</summary>
    public const string OutOfRange = "AIMS5006";

    /// <summary>AIMS5007: a control effect names an undefined node, effect kind or form of loss.</summary>
    public const string UnknownEffect = "AIMS5007";

    /// <summary>AIMS5008: a control effect acts on a node that the scenario does not have.</summary>
    public const string EffectTargetMissing = "AIMS5008";

    /// <summary>AIMS5009: a Shift effect acts on a node other than threat capability, resistance strength or a probability.</summary>
    public const string ShiftNotAllowed = "AIMS5009";

    /// <summary>AIMS5010: a <see cref="FairSimulationOptions"/> value is out of range (reported by <see cref="FairSimulationOptions.Validate"/>).</summary>
    public const string InvalidSimulationOption = "AIMS5010";

    /// <summary>
    /// AIMS5011: an estimate lies outside the range the engine computes exactly (docs/limits.md): a parameter beyond
    /// ±<see cref="Estimate.MaxMagnitude"/>, a PERT γ above <see cref="Estimate.MaxPertGamma"/> (or a pyfair γ below
    /// <see cref="Estimate.MinPyfairPertGamma"/>), a lognormal interval wider than <see cref="Estimate.MaxLognormalRatio"/>,
    /// or a truncated normal cut more than <see cref="Estimate.MaxTruncationDepth"/> standard deviations above its mean.
    /// </summary>
    public const string OutsideEngineRange = "AIMS5011";

    /// <summary>
    /// AIMS5012: in per-event mode a trial's loss event frequency exceeds <see cref="FairSimulationOptions.MaxEventsPerTrial"/>;
    /// the run stops (thrown as a <see cref="FairValidationException"/> by the simulation entry points).
    /// </summary>
    public const string TooManyEvents = "AIMS5012";

    /// <summary>
    /// AIMS5013: an annual loss or a statistic of the run is not a finite number (an overflow); the run stops instead of
    /// returning it (thrown as a <see cref="FairValidationException"/> by the simulation entry points).
    /// </summary>
    public const string NonFiniteResult = "AIMS5013";
}
