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
