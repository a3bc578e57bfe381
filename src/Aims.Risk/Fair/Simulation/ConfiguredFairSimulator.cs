namespace Aims.Risk;

/// <summary>An <see cref="IFairSimulator"/> over <see cref="FairSimulator"/> with options fixed at construction.</summary>
/// <remarks>Immutable and safe to share between threads (register it as a singleton).</remarks>
public sealed class ConfiguredFairSimulator : IFairSimulator
{
    /// <summary>Initializes a new instance of the <see cref="ConfiguredFairSimulator"/> class.</summary>
    /// <param name="options">The default options; validated now, every problem in one exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public ConfiguredFairSimulator(FairSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        Options = options;
    }

    /// <inheritdoc />
    public FairSimulationOptions Options { get; }

    /// <inheritdoc />
    public FairResult Run(FairScenario scenario, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        FairSimulator.Run(scenario, Options, progress, cancellationToken);

    /// <inheritdoc />
    public FairPortfolioResult RunPortfolio(FairScenarioSet scenarios, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return FairSimulator.RunPortfolio(scenarios.Scenarios, scenarios.ApplySemantics(Options), scenarios.Name, progress, cancellationToken);
    }
}
