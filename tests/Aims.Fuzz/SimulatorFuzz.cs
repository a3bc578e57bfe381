using System.Globalization;
using System.Text;
using Aims.Risk;
using Aims.Serialization.Json;

namespace Aims.Fuzz;

/// <summary>
/// The simulator's parameter space (issue 13): random valid-looking <c>fair-scenarios</c> documents — every estimate
/// kind, parameters at every scale from 1e-300 to 1.8e308, both frequency modes, derived and direct frequencies — read
/// by the JSON reader and, when valid, simulated. A finding is a broken contract: a run that does not finish within the
/// work budget (the engine must bound its work and observe cancellation), a statistic that is not finite, or a run that
/// throws anything but the documented per-trial event limit.
/// </summary>
internal static class SimulatorFuzz
{
    /// <summary>The wall-clock budget of one run: far above the bounded work of at most 1,000 trials × 10,000 events.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly double[] Scales = [0, double.Epsilon, 1e-300, 1e-9, 0.01, 0.5, 1, 3, 20, 1e3, 1e6, 1e9, 1e14, 1e15, 1.5e15, 5e307, 1e308, double.MaxValue];
    private static readonly double[] Probability = [0, double.Epsilon, 1e-300, 1e-9, 0.01, 0.5, 0.5, 0.5, 1];

    /// <summary>Gets how many documents were valid and simulated (a run that stopped at the event limit included).</summary>
    public static int Simulated { get; private set; }

    /// <summary>Builds one document, reads and simulates it.</summary>
    /// <param name="random">The iteration's generator.</param>
    /// <param name="started">Called with the document before it is read (for the hang watchdog).</param>
    /// <returns>The document, and the broken contract or <see langword="null"/>; the diagnostics seen.</returns>
    public static (string Input, string? Broken, IReadOnlyList<AimsDiagnostic> Diagnostics) Step(Random random, Action<string> started)
    {
        var input = Document(random);
        started(input);
        var read = AimsJson.ReadFairScenarios(input);
        if (!read.TryGetValue(out var set))
        {
            return (input, read.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : "failed read without an error", read.Diagnostics);
        }

        var options = set.ApplySemantics(new FairSimulationOptions
        {
            Trials = random.Next(1, 1_001),
            Seed = random.Next(),
            MaxEventsPerTrial = 10_000,
            MaxDegreeOfParallelism = 1 + random.Next(2),
            KeepTrialLosses = true,
        });
        using var budget = new CancellationTokenSource(Budget);
        Simulated++;
        try
        {
            var result = FairSimulator.RunPortfolio(set.Scenarios, options, cancellationToken: budget.Token);
            var total = result.Total;
            double[] statistics =
            [
                total.Mean, total.StandardDeviation, total.Min, total.Max, total.ValueAtRisk, total.ExpectedShortfall,
                .. total.Percentiles.Select(p => p.Value), .. total.LossExceedance.Select(p => p.Loss), .. total.TrialLosses,
                .. result.Contributions.SelectMany(c => new[] { c.Mean, c.StandardDeviation, c.ShareOfMean }),
            ];
            return (input, statistics.All(double.IsFinite) ? null : "a statistic is not finite", read.Diagnostics);
        }
        catch (FairValidationException ex)
        {
            // Only the per-trial event limit may stop a valid scenario: within the domain nothing overflows (AIMS5013).
            var broken = ex.Diagnostics.All(d => d.Code == RiskDiagnosticCodes.TooManyEvents) ? null : "the run stopped: " + ex.Message;
            return (input, broken, ex.Diagnostics);
        }
        catch (OperationCanceledException)
        {
            return (input, $"the run did not finish within its budget of {Budget.TotalSeconds:0} s", read.Diagnostics);
        }
    }

    private static string Document(Random random)
    {
        var text = new StringBuilder("""{"kind":"fair-scenarios","schemaVersion":"1.0","name":"fuzz",""");
        text.Append(CultureInfo.InvariantCulture, $$"""
            "semantics":{"frequency":"{{(random.Next(2) == 0 ? "perEvent" : "expectedLoss")}}","vulnerability":"{{(random.Next(2) == 0 ? "runAverage" : "perTrial")}}"},"scenarios":[
            """);
        var count = random.Next(1, 4);
        for (var s = 0; s < count; s++)
        {
            text.Append(s == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"name":"s{{s}}",""");
            text.Append(random.Next(3) switch
            {
                0 => $"\"lossEventFrequency\":{Estimate(random)},",
                1 => $"\"threatEventFrequency\":{Estimate(random)},\"vulnerability\":{Estimate(random, Probability)},",
                _ => $"\"contactFrequency\":{Estimate(random)},\"probabilityOfAction\":{Estimate(random, Probability)},\"threatCapability\":{Estimate(random)},\"resistanceStrength\":{Estimate(random)},",
            });
            text.Append("\"primaryLoss\":").Append(Estimate(random));
            if (random.Next(3) == 0)
            {
                text.Append(",\"secondaryLossEventFrequency\":").Append(Estimate(random, Probability)).Append(",\"secondaryLoss\":").Append(Estimate(random));
            }

            text.Append('}');
        }

        return text.Append("]}").ToString();
    }

    private static string Estimate(Random random, double[]? scales = null)
    {
        // Parameters mostly at one scale and in order (so that many estimates are valid); else at a random scale each.
        scales ??= Scales;
        double[] p = random.Next(5) > 0 && scales[random.Next(scales.Length)] is var scale
            ? [Number(random, [scale]), Number(random, [scale]), Number(random, [scale])]
            : [Number(random, scales), Number(random, scales), Number(random, scales)];
        if (random.Next(5) > 0)
        {
            Array.Sort(p);
        }

        string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var gamma = random.Next(3) == 0 ? $",\"gamma\":{N(new[] { 0.5, 1, 4, 50, 1_000, 1e6 }[random.Next(6)])}" : "";
        return random.Next(8) switch
        {
            0 => $$"""{"type":"pert","min":{{N(p[0])}},"mode":{{N(p[1])}},"max":{{N(p[2])}}{{gamma}}}""",
            1 => $$"""{"type":"pyfairPert","min":{{N(p[0])}},"mode":{{N(p[1])}},"max":{{N(p[2])}}{{gamma}}}""",
            2 => $$"""{"type":"triangular","min":{{N(p[0])}},"mode":{{N(p[1])}},"max":{{N(p[2])}}}""",
            3 => $$"""{"type":"uniform","min":{{N(p[0])}},"max":{{N(p[2])}}}""",
            4 => $$"""{"type":"normal","mean":{{N(p[1])}},"sd":{{N(Math.Abs(p[2]))}}}""",
            5 => $$"""{"type":"truncatedNormal","mean":{{N(p[0])}},"sd":{{N(Math.Abs(p[1]))}}}""",
            6 => $$"""{"type":"lognormal90","lower":{{N(p[1])}},"upper":{{N(p[2])}}}""",
            _ => $$"""{"type":"constant","value":{{N(p[random.Next(3)])}}}""",
        };
    }

    /// <summary>A scale times a factor in [0, 2), negative one time in twenty; an infinite product is written as a huge literal the reader rejects.</summary>
    private static double Number(Random random, double[] scales)
    {
        var x = scales[random.Next(scales.Length)] * random.Next(0, 1000) / 500.0 * (random.Next(20) == 0 ? -1 : 1);
        return double.IsFinite(x) ? x : double.MaxValue;
    }
}
