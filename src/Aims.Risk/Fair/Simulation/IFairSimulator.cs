namespace Aims.Risk;

/// <summary>
/// The FAIR Monte Carlo engine as a service with configured defaults, for hosts that inject it (and tests that
/// replace it). <see cref="ConfiguredFairSimulator"/> is the implementation over <see cref="FairSimulator"/>.
/// </summary>
public interface IFairSimulator
{
    /// <summary>Gets the default simulation options.</summary>
    FairSimulationOptions Options { get; }

    /// <summary>Simulates one scenario with the default options.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="progress">Receives the completed fraction (0 to 1), if given.</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The run crossed an engine limit (AIMS5012 too many events per trial, AIMS5013 a non-finite result; see <see cref="FairSimulator.Run"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (observed within a bounded amount of work, also inside one long trial).</exception>
    FairResult Run(FairScenario scenario, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Simulates a scenario set as a portfolio, with the set's stated semantics applied over the default options.</summary>
    /// <param name="scenarios">The scenario set.</param>
    /// <param name="progress">Receives the completed fraction (0 to 1), if given.</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <returns>The portfolio result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The run crossed an engine limit, at <c>/scenarios/{index}/…</c> (see <see cref="FairSimulator.RunPortfolio"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (observed within a bounded amount of work, also inside one long trial).</exception>
    FairPortfolioResult RunPortfolio(FairScenarioSet scenarios, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
