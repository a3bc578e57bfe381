using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using Aims.Risk;

namespace Aims.Benchmarks;

/// <summary>
/// Where a first call's JIT time goes (<c>Aims.Benchmarks --first-call-jit N</c>): listens to the runtime's JIT events in
/// this fresh process during the first 1M-trial <see cref="FairSimulator.Run"/> and prints the methods that took longest
/// to compile (wall time from MethodJittingStarted to MethodLoadVerbose on the compiling thread), then the totals.
/// </summary>
internal sealed class JitProfile : EventListener
{
    private readonly ConcurrentDictionary<ulong, (DateTime Start, string Name)> _started = new();
    private readonly ConcurrentBag<(string Name, string Tier, double Ms)> _done = [];

    public static void Run(int threads)
    {
        using var listener = new JitProfile();
        var scenario = FairScenarios.Reference("fair-std-1", 1, 1, 0);
        FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 1_000_000, Seed = 42, MaxDegreeOfParallelism = threads, FrequencyMode = FrequencyMode.ExpectedLoss });
        var all = listener._done.ToArray();
        foreach (var (name, tier, ms) in all.OrderByDescending(m => m.Ms).Take(int.Parse(Environment.GetEnvironmentVariable("JIT_TOP") ?? "25", CultureInfo.InvariantCulture)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:F2} ms  {tier,-12} {name}"));
        }

        foreach (var group in all.GroupBy(m => m.Name.StartsWith("Aims.", StringComparison.Ordinal) ? "Aims" : "framework"))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()} methods, {group.Sum(m => m.Ms):F1} ms"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is null)
        {
            return;
        }

        if (e.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) == true)
        {
            var name = $"{e.Payload[e.PayloadNames!.IndexOf("MethodNamespace")]}:{e.Payload[e.PayloadNames.IndexOf("MethodName")]}";
            _started[(ulong)e.OSThreadId] = (e.TimeStamp, name);
        }
        else if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true && _started.TryRemove((ulong)e.OSThreadId, out var start))
        {
            var flags = Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("MethodFlags")], CultureInfo.InvariantCulture);
            var tier = ((flags >> 7) & 7) switch { 1 => "MinOpt", 2 => "Optimized", 3 => "QuickJit", 4 => "OptJitted", 5 => "Tier1-OSR", 6 => "Instrumented", 7 => "InstrOpt", _ => "?" };
            _done.Add((start.Name, tier, (e.TimeStamp - start.Start).TotalMilliseconds));
        }
    }
}
