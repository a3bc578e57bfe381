using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// A portfolio without and with each scenario's controls, on common random numbers: scenario k draws from the same
/// streams as in <see cref="FairSimulator.RunPortfolio"/>, so <see cref="Before"/> is that run's result and every
/// difference between before and after is the controls' effect, not sampling noise.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class PortfolioControlAnalysis
{
    internal PortfolioControlAnalysis(FairPortfolioResult before, FairPortfolioResult after, ImmutableArray<ScenarioControlAnalysis> scenarios)
    {
        Before = before;
        After = after;
        Scenarios = scenarios;
    }

    /// <summary>Gets the portfolio without controls (inherent risk).</summary>
    public FairPortfolioResult Before { get; }

    /// <summary>Gets the portfolio with each scenario's controls (residual risk).</summary>
    public FairPortfolioResult After { get; }

    /// <summary>Gets each scenario's results, in portfolio order.</summary>
    public ImmutableArray<ScenarioControlAnalysis> Scenarios { get; }
}

/// <summary>One scenario of a <see cref="PortfolioControlAnalysis"/>: before and after its controls, and each control alone.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScenarioControlAnalysis
{
    internal ScenarioControlAnalysis(FairResult before, FairResult after, ImmutableArray<ControlResult> perControl)
    {
        Before = before;
        After = after;
        PerControl = perControl;
    }

    /// <summary>Gets the scenario's name.</summary>
    public string Name => Before.Name;

    /// <summary>Gets the result without controls.</summary>
    public FairResult Before { get; }

    /// <summary>Gets the result with all of the scenario's controls (the same as <see cref="Before"/> when it has none).</summary>
    public FairResult After { get; }

    /// <summary>Gets each control alone against no controls, in the order given; empty when the scenario has no controls.</summary>
    public ImmutableArray<ControlResult> PerControl { get; }
}
