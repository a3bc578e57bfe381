using System.Diagnostics;
using System.Globalization;
using Aims.Risk;

// One FAIR portfolio run spread over two local worker processes (this program started again with "worker"), merged
// here and compared with the same run in one process. A cluster does the same with a queue, a batch service or an
// actor framework in place of Process.Start and files: the engine does not know which.
var scenarios = Enumerable.Range(0, 100).Select(Scenario).ToList();
var options = new FairSimulationOptions { Trials = 200_000, Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss };

if (args is ["worker", var firstText, var countText, var path])
{
    var partial = FairSimulator.RunChunks(scenarios, int.Parse(firstText, CultureInfo.InvariantCulture), int.Parse(countText, CultureInfo.InvariantCulture), options);
    using var file = File.Create(path);
    partial.WriteTo(file);
    return 0;
}

var chunks = FairPartialResult.ChunkCountOf(options.Trials);
var directory = Directory.CreateTempSubdirectory("aims-partials-").FullName;
var watch = Stopwatch.StartNew();
var workers = new[] { (First: 0, Count: chunks / 2), (First: chunks / 2, Count: chunks - (chunks / 2)) }.Select((share, i) =>
{
    var start = new ProcessStartInfo(Environment.ProcessPath!);
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
    {
        start.ArgumentList.Add(typeof(FairSimulator).Assembly.Location.Replace("Aims.Risk.dll", "Aims.DistributedRun.dll", StringComparison.Ordinal));
    }

    foreach (var arg in new[] { "worker", share.First.ToString(CultureInfo.InvariantCulture), share.Count.ToString(CultureInfo.InvariantCulture), Path.Combine(directory, $"part-{i}.bin") })
    {
        start.ArgumentList.Add(arg);
    }

    return Process.Start(start)!;
}).ToList();

foreach (var worker in workers)
{
    worker.WaitForExit();
    if (worker.ExitCode != 0)
    {
        Console.Error.WriteLine($"worker {worker.Id} failed with exit code {worker.ExitCode}");
        return 1;
    }
}

var parts = Directory.GetFiles(directory, "part-*.bin").Select(f =>
{
    using var stream = File.OpenRead(f);
    return FairPartialResult.ReadFrom(stream);
}).ToList();
var merged = FairPartialResult.Merge(parts).Total;
var twoProcesses = watch.Elapsed.TotalMilliseconds;
Directory.Delete(directory, recursive: true);

watch.Restart();
var single = FairSimulator.RunPortfolio(scenarios, options).Total;
var oneProcess = watch.Elapsed.TotalMilliseconds;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenarios.Count} scenarios x {options.Trials:N0} trials in {chunks} chunks"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"two worker processes: mean {merged.Mean:N0}, sd {merged.StandardDeviation:N0}, p99 {merged.Percentile(0.99):N0} ({twoProcesses:F0} ms incl. process start)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one process:          mean {single.Mean:N0}, sd {single.StandardDeviation:N0}, p99 {single.Percentile(0.99):N0} ({oneProcess:F0} ms)"));
Console.WriteLine($"moments identical: {merged.Mean.Equals(single.Mean) && merged.StandardDeviation.Equals(single.StandardDeviation)}; " +
    string.Create(CultureInfo.InvariantCulture, $"p99 differs by {Math.Abs(merged.Percentile(0.99) - single.Percentile(0.99)) / single.Percentile(0.99):P3} (bound {FairPartialResult.PercentileRelativeError:P3})"));
return 0;

// The reference portfolio of shared/bench ("fair-portfolio-1000"), first scenarios.
static FairScenario Scenario(int k)
{
    var (f, m, s) = (0.5 + (0.1 * (k % 10)), 0.5 + (0.1 * (k / 10 % 10)), 0.01 * (k / 100));
    return FairScenario.FromThreats($"scenario-{k}",
            threatEventFrequency: Estimate.Pert(1 * f, 5 * f, 20 * f),
            threatCapability: Estimate.Pert(0.30, 0.60, 0.90),
            resistanceStrength: Estimate.Pert(0.40 + s, 0.65 + s, 0.85 + s),
            primaryLoss: Estimate.Pert(10_000 * m, 50_000 * m, 250_000 * m))
        .WithSecondaryLoss(
            secondaryLossEventFrequency: Estimate.Pert(0.05, 0.20, 0.50),
            secondaryLoss: Estimate.Pert(20_000 * m, 100_000 * m, 1_000_000 * m));
}
