using System.Globalization;
using System.Text.Json;

namespace Aims.Fuzz;

/// <summary>Reports a finding so that CI's log alone reproduces it: the input, where it was saved, and the replay command.</summary>
internal static class Finding
{
    private static readonly Lock Gate = new();

    // Quotes and non-ASCII as they are, control characters escaped: readable in a CI log, and still exact.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Report(int number, int seed, long iteration, string kind, string input, string broken, string output)
    {
        lock (Gate)
        {
            var file = Path.Combine(output, string.Create(CultureInfo.InvariantCulture, $"finding-{seed}-{iteration}.{(kind == "csv" ? "csv" : "json")}"));
            File.WriteAllText(file, input);
            var shown = input.Length <= 4000 ? input : input[..4000];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FINDING {number} ({kind}, iteration {iteration}): {broken}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  input ({input.Length:N0} chars{(shown.Length < input.Length ? ", first 4,000 shown" : "")}, as a JSON string): {JsonSerializer.Serialize(shown, Readable)}"));
            Console.WriteLine($"  saved to {file}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  replay: dotnet run -c Release --project tests/Aims.Fuzz -- --seed {seed} --iteration {iteration}"));
        }
    }
}

/// <summary>The iteration being run, for the watchdog that turns a hang into a reproducible finding.</summary>
internal sealed class Current
{
    private readonly Lock _gate = new();
    private long _iteration;
    private string _kind = "";
    private string _input = "";
    private long _startedAt;
    private bool _running;

    public void Start(long iteration, string kind, string input)
    {
        lock (_gate)
        {
            (_iteration, _kind, _input, _startedAt, _running) = (iteration, kind, input, Environment.TickCount64, true);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _running = false;
        }
    }

    public void CheckHang(TimeSpan limit, int seed, string output)
    {
        lock (_gate)
        {
            if (!_running || Environment.TickCount64 - _startedAt < (long)limit.TotalMilliseconds)
            {
                return;
            }

            Finding.Report(1, seed, _iteration, _kind, _input, string.Create(CultureInfo.InvariantCulture, $"did not finish within {limit.TotalSeconds:0} s (a hang)"), output);
            Console.Out.Flush();
            Environment.Exit(1);
        }
    }
}
