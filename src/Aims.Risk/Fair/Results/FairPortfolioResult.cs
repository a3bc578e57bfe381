using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>The annual loss of an organization across many scenarios (summed per trial) and each scenario's contribution.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairPortfolioResult
{
    internal FairPortfolioResult(FairResult total, ImmutableArray<ScenarioContribution> contributions)
    {
        Total = total;
        Contributions = contributions;
    }

    /// <summary>Gets the statistics of the summed annual loss.</summary>
    public FairResult Total { get; }

    /// <summary>Gets each scenario's contribution, in portfolio order.</summary>
    public ImmutableArray<ScenarioContribution> Contributions { get; }
}
