namespace Aims.Risk.Internal;

/// <summary>The simulation behind <see cref="MaterialityAnalysis"/>: events on their own, then years of events.</summary>
internal static class MaterialitySimulation
{
    private const int EventsBetweenChecks = 65_536;
    private static readonly double[] Levels = [0.5, 0.9, 0.95, 0.99];

    /// <summary>Runs the analysis of valid inputs; <see langword="null"/> when a year's frequency crosses the events limit.</summary>
    public static MaterialityResult? Run(
        Estimate lossEventFrequency, IReadOnlyList<CostModule> modules, double threshold, FairSimulationOptions options, double? dispersion,
        CancellationToken cancellationToken)
    {
        var tables = new BetaTables();
        var samplers = modules.Select(m => Sampler.From(m.PerEvent, tables)).ToArray();
        var frequency = Sampler.From(lossEventFrequency, tables);
        var seed = (ulong)options.Seed;
        var n = options.Trials;

        // Events on their own: the per-event figures do not depend on how many events a year has.
        var eventRng = new Xoshiro256[samplers.Length];
        for (var m = 0; m < samplers.Length; m++)
        {
            eventRng[m] = Xoshiro256.ForStream(seed, 0, 0, m);
        }

        var losses = new double[n];
        var parts = new double[samplers.Length];
        var materialSums = new double[samplers.Length];
        var material = 0;
        for (var i = 0; i < n; i++)
        {
            if ((i & (EventsBetweenChecks - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var loss = 0.0;
            for (var m = 0; m < samplers.Length; m++)
            {
                parts[m] = samplers[m].Sample(ref eventRng[m]);
                loss += parts[m];
            }

            losses[i] = loss;
            if (loss >= threshold)
            {
                material++;
                for (var m = 0; m < samplers.Length; m++)
                {
                    materialSums[m] += parts[m];
                }
            }
        }

        // Years: a count of events from the frequency (Poisson, or negative binomial with a Gamma(k, 1/k) rate factor).
        var yearRng = new Xoshiro256[samplers.Length + 2];
        for (var s = 0; s < yearRng.Length; s++)
        {
            yearRng[s] = Xoshiro256.ForStream(seed, 1, 0, s);
        }

        var (gammaD, gammaC) = dispersion is { } k ? Sampler.GammaConstants(k) : default;
        int yearsWithMaterialEvent = 0, materialYears = 0, sinceCheck = 0;
        var annualSum = 0.0;
        for (var y = 0; y < n; y++)
        {
            var rate = frequency.Sample(ref yearRng[^2]);
            if (dispersion is { } shape)
            {
                rate *= Sampler.Gamma(ref yearRng[^1], gammaD, gammaC) / shape;
            }

            if (!(rate <= options.MaxEventsPerTrial))
            {
                return null;
            }

            var events = Sampler.Poisson(ref yearRng[^1], rate);
            double year = 0;
            var anyMaterial = false;
            for (var e = 0; e < events; e++)
            {
                var loss = 0.0;
                for (var m = 0; m < samplers.Length; m++)
                {
                    loss += samplers[m].Sample(ref yearRng[m]);
                }

                year += loss;
                anyMaterial |= loss >= threshold;
                if (++sinceCheck >= EventsBetweenChecks)
                {
                    sinceCheck = 0;
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            annualSum += year;
            yearsWithMaterialEvent += anyMaterial ? 1 : 0;
            materialYears += year >= threshold ? 1 : 0;
        }

        Array.Sort(losses);
        double Quantile(double p) => losses[Math.Min(n - 1, (int)Math.Floor(p * n))];
        var means = modules.Select(m => m.PerEvent.Mean).ToArray();
        var expected = means.Sum();
        return new MaterialityResult(
            threshold, n, options.Seed, expected, (double)material / n, (double)yearsWithMaterialEvent / n, (double)materialYears / n, annualSum / n,
            [.. Levels.Select(p => new PercentileValue(p, Quantile(p)))],
            [.. modules.Select((m, i) => new CostModuleShare(m.Name, means[i], expected > 0 ? means[i] / expected : 0, material > 0 ? materialSums[i] / material : null))]);
    }
}
