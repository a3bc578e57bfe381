using Aims.Risk;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Aims.Benchmarks;

/// <summary>
/// The reference scenario of shared/bench/README.md ("fair-std-1") at 1,000,000 trials, LEF × LM with run-average
/// vulnerability (the numpy baseline's computation), including all statistics (moments, percentiles, VaR, ES, LEC,
/// histogram). Compare with the numpy baseline on the same machine.
/// </summary>
[MemoryDiagnoser]
public class FairReferenceBenchmarks
{
    private FairScenario _scenario = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(FrequencyMode.ExpectedLoss, FrequencyMode.PerEvent)]
    public FrequencyMode Frequency { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);

    [Benchmark]
    public double Run1M() => FairSimulator.Run(_scenario, new FairSimulationOptions
    {
        Trials = 1_000_000,
        Seed = 42,
        MaxDegreeOfParallelism = Threads,
        FrequencyMode = Frequency,
    }).Mean;
}

/// <summary>The portfolio of shared/bench/README.md ("fair-portfolio-1000"): 1,000 scenarios × 100,000 trials.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FairPortfolioBenchmarks
{
    private List<FairScenario> _scenarios = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _scenarios = [.. Enumerable.Range(0, 1000).Select(FairScenarios.Portfolio)];

    [Benchmark]
    public double Portfolio1000x100k() => FairSimulator.RunPortfolio(_scenarios, new FairSimulationOptions
    {
        Trials = 100_000,
        Seed = 42,
        MaxDegreeOfParallelism = Threads,
        FrequencyMode = FrequencyMode.ExpectedLoss,
    }).Total.Mean;
}

/// <summary>
/// The web API's path: <c>POST /risk/simulate</c> runs a scenario set through <see cref="FairSimulator.RunPortfolio"/>, so a
/// lone scenario is a portfolio of one; it must use every core (chunks in parallel) and cost what <see cref="FairSimulator.Run"/> costs.
/// </summary>
[MemoryDiagnoser]
public class FairWebApiPathBenchmarks
{
    private FairScenario[] _one = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _one = [FairScenarios.Reference("fair-std-1", 1, 1, 0)];

    [Benchmark]
    public double LoneScenarioThroughRunPortfolio1M() => FairSimulator.RunPortfolio(_one, new FairSimulationOptions
    {
        Trials = 1_000_000,
        Seed = 42,
        MaxDegreeOfParallelism = Threads,
        FrequencyMode = FrequencyMode.ExpectedLoss,
    }).Total.Mean;
}

/// <summary>
/// The chunk contract: a 1M-trial run as two partials (two workers' shares, run one after the other here) merged; compare
/// with <see cref="FairWebApiPathBenchmarks"/> for the cost of the log-binned histogram and the merge.
/// </summary>
[MemoryDiagnoser]
public class FairChunkContractBenchmarks
{
    private FairScenario[] _one = null!;

    [GlobalSetup]
    public void Setup() => _one = [FairScenarios.Reference("fair-std-1", 1, 1, 0)];

    [Benchmark]
    public double TwoPartialsMerged1M()
    {
        var options = new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = 2, FrequencyMode = FrequencyMode.ExpectedLoss };
        var chunks = FairPartialResult.ChunkCountOf(options.Trials);
        return FairPartialResult.Merge(
            [FairSimulator.RunChunks(_one, 0, chunks / 2, options), FairSimulator.RunChunks(_one, chunks / 2, chunks - (chunks / 2), options)]).Total.Mean;
    }
}

/// <summary>
/// Cold start: the first <see cref="FairSimulator.Run"/> of 1M trials in a new process (JIT, table construction, thread-pool
/// start, first touch of the arrays), one launch per sample. The process-per-sample harness
/// <c>benchmarks/cold-start.sh</c> measures the same from outside, including the CLI.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class FairColdStartBenchmarks
{
    [Params(1, 2)]
    public int Threads { get; set; }

    [Benchmark]
    public double FirstRun1M() => FairSimulator.Run(FairScenarios.Reference("fair-std-1", 1, 1, 0), new FairSimulationOptions
    {
        Trials = 1_000_000,
        Seed = 42,
        MaxDegreeOfParallelism = Threads,
        FrequencyMode = FrequencyMode.ExpectedLoss,
    }).Mean;
}

internal static class FairScenarios
{
    public static FairScenario Portfolio(int k) =>
        Reference($"scenario-{k}", 0.5 + (0.1 * (k % 10)), 0.5 + (0.1 * (k / 10 % 10)), 0.01 * (k / 100));

    public static FairScenario Reference(string name, double f, double m, double s) => FairScenario
        .FromThreats(name,
            threatEventFrequency: Estimate.Pert(1 * f, 5 * f, 20 * f),
            threatCapability: Estimate.Pert(0.30, 0.60, 0.90),
            resistanceStrength: Estimate.Pert(0.40 + s, 0.65 + s, 0.85 + s),
            primaryLoss: Estimate.Pert(10_000 * m, 50_000 * m, 250_000 * m))
        .WithSecondaryLoss(
            secondaryLossEventFrequency: Estimate.Pert(0.05, 0.20, 0.50),
            secondaryLoss: Estimate.Pert(20_000 * m, 100_000 * m, 1_000_000 * m));
}
