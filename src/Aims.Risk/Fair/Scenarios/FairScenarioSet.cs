using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// A named set of FAIR scenarios with the simulation semantics they were estimated for: what a scenario file or a
/// spreadsheet of scenarios holds, ready for <see cref="FairSimulator.RunPortfolio"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairScenarioSet : IEquatable<FairScenarioSet>
{
    /// <summary>Initializes a new instance of the <see cref="FairScenarioSet"/> class.</summary>
    /// <param name="name">The set's name.</param>
    /// <param name="scenarios">The scenarios; at least one.</param>
    /// <param name="frequencyMode">The frequency semantics the estimates assume, if stated.</param>
    /// <param name="vulnerabilityMode">The vulnerability semantics the estimates assume, if stated.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="scenarios"/> is empty or contains null, or a mode is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> is <see langword="null"/>.</exception>
    public FairScenarioSet(string name, IEnumerable<FairScenario> scenarios, FrequencyMode? frequencyMode = null, VulnerabilityMode? vulnerabilityMode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scenarios);
        ImmutableArray<FairScenario> list = [.. scenarios];
        if (list.IsEmpty || list.Any(s => s is null))
        {
            throw new ArgumentException("A scenario set needs at least one scenario and no null entries.", nameof(scenarios));
        }

        if (frequencyMode is { } f && !Enum.IsDefined(f))
        {
            throw new ArgumentException($"Undefined frequency mode {f}.", nameof(frequencyMode));
        }

        if (vulnerabilityMode is { } v && !Enum.IsDefined(v))
        {
            throw new ArgumentException($"Undefined vulnerability mode {v}.", nameof(vulnerabilityMode));
        }

        (Name, Scenarios, FrequencyMode, VulnerabilityMode) = (name, list, frequencyMode, vulnerabilityMode);
    }

    /// <summary>Gets the set's name.</summary>
    public string Name { get; }

    /// <summary>Gets the scenarios, in order.</summary>
    public ImmutableArray<FairScenario> Scenarios { get; }

    /// <summary>Gets the frequency semantics the estimates assume, or <see langword="null"/> when not stated.</summary>
    public FrequencyMode? FrequencyMode { get; }

    /// <summary>Gets the vulnerability semantics the estimates assume, or <see langword="null"/> when not stated.</summary>
    public VulnerabilityMode? VulnerabilityMode { get; }

    /// <summary>
    /// Returns simulation options with this set's stated semantics applied over <paramref name="options"/>.
    /// </summary>
    /// <param name="options">The base options; defaults when <see langword="null"/>.</param>
    /// <returns>New options: a copy of <paramref name="options"/> with the stated modes.</returns>
    public FairSimulationOptions ApplySemantics(FairSimulationOptions? options = null)
    {
        var o = options ?? new FairSimulationOptions();
        return new FairSimulationOptions
        {
            Trials = o.Trials,
            Seed = o.Seed,
            MaxDegreeOfParallelism = o.MaxDegreeOfParallelism,
            HistogramBins = o.HistogramBins,
            KeepTrialLosses = o.KeepTrialLosses,
            LossThresholds = o.LossThresholds,
            ValueAtRiskConfidence = o.ValueAtRiskConfidence,
            MaxEventsPerTrial = o.MaxEventsPerTrial,
            FrequencyMode = FrequencyMode ?? o.FrequencyMode,
            VulnerabilityMode = VulnerabilityMode ?? o.VulnerabilityMode,
        };
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: names compare ordinally, lists by sequence, estimates by value.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FairScenarioSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal) && FrequencyMode == other.FrequencyMode && VulnerabilityMode == other.VulnerabilityMode && Scenarios.SequenceEqual(other.Scenarios)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FairScenarioSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Scenarios.Length, FrequencyMode, VulnerabilityMode);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(FairScenarioSet? left, FairScenarioSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FairScenarioSet? left, FairScenarioSet? right) => !(left == right);
}
