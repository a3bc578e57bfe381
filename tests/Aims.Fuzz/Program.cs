using System.Diagnostics;
using System.Globalization;
using Aims;
using Aims.Fuzz;

// A mutation fuzzer for the readers of untrusted input (ReaderFuzz) and for the FAIR simulator's parameter space
// (SimulatorFuzz). Iteration i draws everything from its own generator, seeded from (--seed, i), so any finding is
// reproduced alone with --seed S --iteration i. A finding is any exception or a broken contract; it is printed with
// its input and the command that replays it, saved to the output folder, and makes the exit code 1.
//
//   dotnet run -c Release --project tests/Aims.Fuzz -- --seconds 60 --seed 1 [--out DIR]
//   dotnet run -c Release --project tests/Aims.Fuzz -- --seed 1 --iteration 1234      (replay one input)
var seconds = Arg("--seconds", 60);
var seed = Arg("--seed", 1);
var only = Arg("--iteration", 0);
var output = Directory.CreateDirectory(args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "aims-fuzz")).FullName;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Aims.Fuzz: seed {seed}, {(only > 0 ? $"iteration {only} only" : $"{seconds} s")}; {ReaderFuzz.JsonSeeds.Count} JSON and {ReaderFuzz.CsvSeeds.Count} CSV seeds."));

// A hang is a finding too: a watchdog reports an iteration that runs longer than this, with its input, and exits.
var hangLimit = TimeSpan.FromSeconds(Arg("--hang-seconds", 30));
var current = new Current();
using var watchdog = new Timer(_ => current.CheckHang(hangLimit, seed, output), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
var findings = 0;
long iterations = 0;
var watch = Stopwatch.StartNew();
for (var i = only > 0 ? only : 1L; only > 0 ? i == only : watch.Elapsed.TotalSeconds < seconds; i++)
{
    iterations++;
    var random = new Random(IterationSeed(seed, i));
    var kind = random.Next(20) == 0 ? "simulator" : random.Next(3) > 0 ? "json" : "csv";
    string input;
    string? broken = null;
    if (kind == "simulator")
    {
        // One input in twenty is a FAIR scenario document that is also simulated (the work budget and finite statistics).
        (input, broken, var seen) = SimulatorFuzz.Step(random, document => current.Start(i, kind, document));
        Count(seen);
    }
    else
    {
        input = ReaderFuzz.Mutate(random, kind == "json" ? ReaderFuzz.JsonSeeds : ReaderFuzz.CsvSeeds);
        current.Start(i, kind, input);
        try
        {
            foreach (var diagnostics in kind == "json" ? ReaderFuzz.RunJson(input) : ReaderFuzz.RunCsv(input))
            {
                Count(diagnostics);
            }
        }
        catch (Exception ex)
        {
            broken = $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
        }
    }

    current.Stop();
    if (broken is not null)
    {
        findings++;
        Finding.Report(findings, seed, i, kind, input, broken, output);
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iterations:N0} inputs in {watch.Elapsed.TotalSeconds:F0} s ({iterations / Math.Max(watch.Elapsed.TotalSeconds, 1e-3):N0}/s), seed {seed}, {findings} finding(s)."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIR scenario documents simulated: {SimulatorFuzz.Simulated:N0}."));
Console.WriteLine("Diagnostics seen: " + string.Join(", ", codes.Select(c => $"{c.Key}×{c.Value}")));
return findings == 0 ? 0 : 1;

void Count(IEnumerable<AimsDiagnostic> diagnostics)
{
    foreach (var d in diagnostics)
    {
        codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
    }
}

// SplitMix64 of the run's seed and the iteration: independent, well-mixed generators per iteration.
static int IterationSeed(int seed, long iteration)
{
    var z = unchecked(((ulong)(uint)seed << 32) + (ulong)iteration + 0x9E3779B97F4A7C15UL);
    z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
    z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
    return (int)((z ^ (z >> 31)) & int.MaxValue);
}

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
