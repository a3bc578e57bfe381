using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Mapping;

/// <summary>
/// A FAIR scenario for one threat catalog entry: the nodes the threat drives, the loss forms it affects, and
/// estimates that are <b>illustrative</b> until a customer calibrates them (<see cref="WithCalibration"/>), with the
/// reasoning behind every range.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ThreatScenarioTemplate : IEquatable<ThreatScenarioTemplate>
{
    internal ThreatScenarioTemplate(
        string threatFramework, string threatId, FairScenario scenario, IEnumerable<FairNode> drives, string reasoning, ScenarioCalibration? calibration)
    {
        (ThreatFramework, ThreatId, Scenario, Reasoning, Calibration) = (threatFramework, threatId, scenario, reasoning, calibration);
        Drives = [.. drives.Distinct().Order()];
    }

    /// <summary>Gets the threat catalog's framework id (for example <c>owasp-llm-top10</c>).</summary>
    public string ThreatFramework { get; }

    /// <summary>Gets the threat's id in that catalog (for example <c>LLM01</c>).</summary>
    public string ThreatId { get; }

    /// <summary>Gets the scenario: the illustrative defaults, or the customer's calibrated values.</summary>
    public FairScenario Scenario { get; }

    /// <summary>Gets the FAIR nodes the threat mainly drives: where a change in the threat shows.</summary>
    public ImmutableArray<FairNode> Drives { get; }

    /// <summary>Gets the loss forms the scenario estimates, primary and secondary.</summary>
    public ImmutableArray<LossForm> LossForms =>
        [.. Scenario.PrimaryLossByForm.Keys.Concat(Scenario.SecondaryLossByForm.Keys).Distinct().Order()];

    /// <summary>Gets why the default ranges are what they are, and what to calibrate them with.</summary>
    public string Reasoning { get; }

    /// <summary>Gets the customer's calibration; <see langword="null"/> while the estimates are the illustrative defaults.</summary>
    public ScenarioCalibration? Calibration { get; }

    /// <summary>Gets whether the estimates are Aims' illustrative defaults (not calibrated for any organisation).</summary>
    public bool IsIllustrative => Calibration is null;

    /// <summary>Returns a copy with the customer's own estimates and where they come from.</summary>
    /// <param name="scenario">The calibrated scenario.</param>
    /// <param name="calibration">The source and date of the calibration.</param>
    /// <returns>The calibrated template.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ThreatScenarioTemplate WithCalibration(FairScenario scenario, ScenarioCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(calibration);
        return new ThreatScenarioTemplate(ThreatFramework, ThreatId, scenario, Drives, Reasoning, calibration);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ThreatScenarioTemplate? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(ThreatFramework, other.ThreatFramework, StringComparison.Ordinal) && string.Equals(ThreatId, other.ThreatId, StringComparison.Ordinal)
            && Scenario.Equals(other.Scenario) && Drives.SequenceEqual(other.Drives) && string.Equals(Reasoning, other.Reasoning, StringComparison.Ordinal)
            && Equals(Calibration, other.Calibration));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ThreatScenarioTemplate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ThreatFramework, ThreatId, Scenario, Calibration);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ThreatScenarioTemplate? left, ThreatScenarioTemplate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ThreatScenarioTemplate? left, ThreatScenarioTemplate? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{ThreatFramework}:{ThreatId} ({(IsIllustrative ? "illustrative" : "calibrated")})";
}
