using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>Options of <see cref="RiskRegisterAnalysis.Analyze"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskRegisterAnalysisOptions
{
    /// <summary>The default number of trials: 50,000 (a register of a few dozen risks answers in about a second).</summary>
    public const int DefaultTrials = 50_000;

    /// <summary>Gets the simulation options (trials, seed, frequency mode); default <see cref="DefaultTrials"/> trials, seed 1.</summary>
    public FairSimulationOptions Simulation { get; init; } = new() { Trials = DefaultTrials };

    /// <summary>
    /// Gets the controls to treat as implemented in a what-if run (for example <c>A.6.2.6</c>), on top of those the
    /// Statement of Applicability marks implemented; empty for none.
    /// </summary>
    public ImmutableArray<string> WhatIf { get; init; } = [];

    /// <summary>Gets the risk matrix that places computed risk on the qualitative scale; default <see cref="RiskMatrix.Standard5x5"/>.</summary>
    public RiskMatrix Matrix { get; init; } = RiskMatrix.Standard5x5;

    internal void ThrowIfInvalid()
    {
        if (Simulation is null || Matrix is null)
        {
            throw new ArgumentException("The simulation options and the risk matrix must be set.", nameof(RiskRegisterAnalysisOptions));
        }

        if (WhatIf.IsDefault || WhatIf.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("What-if control ids must not be blank.", nameof(WhatIf));
        }

        var simulation = Simulation.Validate();
        if (!simulation.IsValid)
        {
            throw new ArgumentException("Invalid simulation options: " + string.Join(" ", simulation.Diagnostics.Select(d => d.Message)), nameof(Simulation));
        }
    }
}
