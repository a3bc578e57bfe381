using System.Diagnostics;
using Aims.Risk;
using Aims.Risk.Internal;

namespace Aims.Benchmarks;

/// <summary>
/// <c>--sampler-probe</c>: where a warm single-thread run of the reference scenario spends its time, in one process —
/// nanoseconds per table-sampled BetaPERT draw, the kernel's 1M trials alone, and the whole <see cref="FairSimulator.Run"/>
/// (kernel plus statistics); then <see cref="FairSimulator.Run"/> against a lone scenario through
/// <see cref="FairSimulator.RunPortfolio"/> (the web API's path) on one and two threads, with the latter's CPU time.
/// A quick split to read before and after a change; the BenchmarkDotNet classes give the figures.
/// </summary>
internal static class SamplerProbe
{
    public static void Run()
    {
        var sampler = Sampler.From(Estimate.Pert(1, 5, 20));
        var buffer = new double[1024];
        var rng = Xoshiro256x4.ForStream(42, 0, 0, 0);
        for (var rep = 0; rep < 5; rep++)
        {
            var watch = Stopwatch.StartNew();
            double sink = 0;
            for (var i = 0; i < 1000; i++)
            {
                sampler.Fill(buffer, ref rng);
                sink += buffer[7];
            }

            Console.WriteLine($"PERT fill: {watch.Elapsed.TotalMilliseconds * 1e6 / 1_024_000:F2} ns/draw (checksum {sink:F0})");
        }

        var scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);
        var options = new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = 1, FrequencyMode = FrequencyMode.ExpectedLoss };
        var kernel = new ScenarioKernel(scenario, options, []);
        var output = new double[ScenarioKernel.ChunkSize];
        for (var rep = 0; rep < 5; rep++)
        {
            var watch = Stopwatch.StartNew();
            for (var c = 0; c < ScenarioKernel.ChunkCount(options.Trials); c++)
            {
                var stats = default(ChunkStats);
                kernel.RunChunk(42, 0, c, output, default, kernel.AnalyticVulnerability, kernel.AnalyticVulnerability, ref stats, CancellationToken.None);
            }

            var simulation = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var losses = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = 1, FrequencyMode = FrequencyMode.ExpectedLoss, KeepTrialLosses = true }).TrialLosses.ToArray();
            var run = watch.Elapsed.TotalMilliseconds;
            var chunks = new Moments[ScenarioKernel.ChunkCount(losses.Length)];
            for (var c = 0; c < chunks.Length; c++)
            {
                chunks[c].AddRange(losses.AsSpan(c * ScenarioKernel.ChunkSize, Math.Min(ScenarioKernel.ChunkSize, losses.Length - (c * ScenarioKernel.ChunkSize))));
            }

            watch.Restart();
            LossStatistics.Compute(losses, chunks, options);
            Console.WriteLine($"kernel 1M (1 thread): {simulation:F1} ms; whole Run 1M (1 thread): {run:F1} ms; its statistics alone: {watch.Elapsed.TotalMilliseconds:F1} ms");
        }

        FairScenario[] one = [scenario];
        for (var rep = 0; rep < 5; rep++)
        {
            var line = "";
            foreach (var threads in (int[])[1, 2])
            {
                var o = new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss };
                var watch = Stopwatch.StartNew();
                FairSimulator.Run(scenario, o);
                var run = watch.Elapsed.TotalMilliseconds;
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                watch.Restart();
                FairSimulator.RunPortfolio(one, o);
                var wall = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                line += $"{threads} thread(s): Run {run:F1} ms, RunPortfolio of one {wall:F1} ms (CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0}); ";
            }

            Console.WriteLine(line);
        }
    }
}
