using System.Diagnostics;
using System.Globalization;
using Aims.Risk;

namespace Aims.Benchmarks;

/// <summary>
/// One cold-start sample for <c>benchmarks/cold-start.sh</c>: in this fresh process, the time of the first
/// <see cref="FairSimulator.Run"/> of the reference scenario at 1M trials, then the best of five more (warm), and the
/// time from process start to the end of the first run, each also as CPU time of the process. Prints one JSON line.
/// </summary>
internal static class FirstCall
{
    /// <summary>Splits the first call: a one-chunk run first (JIT, tables, thread pool), then the first 1M-trial run.</summary>
    public static void Split(int threads)
    {
        var scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        var cpu = Cpu();
        var (jit0, methods0) = (System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount());
        var watch = Stopwatch.StartNew();
        FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 8_192, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss });
        var (small, cpuSmall) = (watch.Elapsed.TotalMilliseconds, Cpu() - cpu);
        var (jit1, methods1) = (System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount());
        cpu = Cpu();
        watch.Restart();
        FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss });
        var (big, cpuBig) = (watch.Elapsed.TotalMilliseconds, Cpu() - cpu);
        var (jit2, methods2) = (System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount());

        // JIT time and methods compiled (all threads, the background tier-1 compiler included) in each phase.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"threads\":{threads},\"first8192Ms\":{small:F1},\"cpuFirst8192Ms\":{cpuSmall:F0},\"jitFirst8192Ms\":{jit1 - jit0:F0},\"methodsFirst8192\":{methods1 - methods0},\"then1MMs\":{big:F1},\"cpuThen1MMs\":{cpuBig:F0},\"jitThen1MMs\":{jit2 - jit1:F0},\"methodsThen1M\":{methods2 - methods1},\"jitBeforeMs\":{jit0:F0}}}"));
    }

    /// <summary>Times the parts of a first run one by one in a fresh process: thread pool, scenario set-up, one chunk, statistics.</summary>
    public static void Parts(int threads)
    {
        var watch = Stopwatch.StartNew();
        var scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);
        var options = new FairSimulationOptions { Trials = 8_192, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss };
        var build = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Thread.SpinWait(10));
        var pool = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var kernel = new Aims.Risk.Internal.ScenarioKernel(scenario, options, []);
        var setup = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var output = new double[8192];
        var stats = default(Aims.Risk.Internal.ChunkStats);
        kernel.RunChunk(42, 0, 0, output, default, kernel.AnalyticVulnerability, kernel.AnalyticVulnerability, ref stats, CancellationToken.None);
        var chunk = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var moments = new Aims.Risk.Internal.Moments[1];
        moments[0].AddRange(output);
        Aims.Risk.Internal.LossStatistics.Compute(output, moments, options);
        var statistics = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        FairSimulator.Run(scenario, options);
        var run = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"scenarioMs\":{build:F1},\"threadPoolMs\":{pool:F1},\"kernelSetupMs\":{setup:F1},\"oneChunkMs\":{chunk:F1},\"statisticsMs\":{statistics:F1},\"thenRun8192Ms\":{run:F1}}}"));
    }

    public static void Sample(int threads)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);
        var options = new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss };
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        FairSimulator.Run(scenario, options);
        var first = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuFirst = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        double warm = double.MaxValue, cpuWarm = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            process.Refresh();
            cpu = process.TotalProcessorTime;
            watch.Restart();
            FairSimulator.Run(scenario, options);
            warm = Math.Min(warm, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpuWarm = Math.Min(cpuWarm, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        // CPU time (all threads, this process) is far less sensitive than wall time to other processes on a shared machine.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"threads\":{threads},\"firstMs\":{first:F1},\"warmBestMs\":{warm:F1},\"cpuFirstMs\":{cpuFirst:F0},\"cpuWarmBestMs\":{cpuWarm:F0},\"startToFirstEndMs\":{sinceStart.TotalMilliseconds + first:F1}}}"));
    }
}
