using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Aims.Risk.Internal;

namespace Aims.Risk;

/// <summary>
/// Open FAIR Monte Carlo: single scenarios, portfolios, controls with ROI, and tornado sensitivity.
/// </summary>
/// <remarks>
/// Thread-safe: every method works on its own state. Runs use all cores (or
/// <see cref="FairSimulationOptions.MaxDegreeOfParallelism"/>) and are bit-identical for a given seed whatever the
/// degree of parallelism: trials are cut into fixed chunks and every input of every chunk has its own random stream.
/// </remarks>
public static partial class FairSimulator
{
    /// <summary>Simulates one scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Receives the fraction done, 0 to 1, possibly from worker threads; the last report, 1, comes from the calling thread. Optional.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (every problem listed).</exception>
    /// <exception cref="FairValidationException">The run crossed an engine limit: a trial expects more than
    /// <see cref="FairSimulationOptions.MaxEventsPerTrial"/> events (AIMS5012 at the frequency's path), or a loss or statistic
    /// is not finite (AIMS5013). No partial result is returned.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled. Observed within one chunk of 8,192 trials per worker
    /// thread, and in <see cref="FrequencyMode.PerEvent"/> mode within 65,536 simulated loss events or trials, also inside one long trial.</exception>
    public static FairResult Run(
        FairScenario scenario, FairSimulationOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options = Checked(options);
        try
        {
            var kernel = new ScenarioKernel(scenario, options, []);
            var losses = new double[options.Trials];
            var run = Execute(kernel, 0, options, losses, null, progress, cancellationToken);
            return Result(scenario.Name, options, losses, run.Moments, run.Nodes, run.Vulnerability);
        }
        catch (SimulationLimitException ex)
        {
            throw new FairValidationException([ex.ToDiagnostic()], nameof(scenario));
        }
    }

    /// <summary>
    /// Simulates many scenarios on the same simulated years and sums their annual losses per trial: the annual loss of
    /// the organization. Memory stays bounded (one vector of trials plus a fixed batch of buffers), not scenarios × trials.
    /// </summary>
    /// <param name="scenarios">The scenarios; at least one. Each uses its own random streams.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="name">A name for the portfolio.</param>
    /// <param name="progress">Receives the fraction done, 0 to 1; optional.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The portfolio result with each scenario's contribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list is empty or holds null, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="FairValidationException">The run crossed an engine limit (AIMS5012, AIMS5013; see <see cref="Run"/>); the path
    /// starts with <c>/scenarios/{index}</c> of the first scenario, in list order, that crossed it.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static FairPortfolioResult RunPortfolio(
        IReadOnlyList<FairScenario> scenarios, FairSimulationOptions? options = null, string name = "portfolio",
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0 || scenarios.Any(s => s is null))
        {
            throw new ArgumentException("A portfolio needs at least one scenario and no null scenarios.", nameof(scenarios));
        }

        options = Checked(options);
        var parallelOptions = ParallelOptionsFor(options, cancellationToken);
        var (kernels, vulnerability) = Compile(scenarios, options, parallelOptions);
        var (total, totalMoments, moments, failure) = RunPortfolioChunks(
            kernels, vulnerability, options, 0, ScenarioKernel.ChunkCount(options.Trials), parallelOptions, progress, cancellationToken);
        if (failure is var (scenario, error))
        {
            throw new FairValidationException([error.ToDiagnostic(ScenarioPath(scenario))], nameof(scenarios));
        }

        var summaries = new NodeSummary[kernels.Length];
        for (var k = 0; k < kernels.Length; k++)
        {
            summaries[k] = Moments.Merge(FairNode.LossMagnitude, moments.AsSpan(k * (moments.Length / kernels.Length), moments.Length / kernels.Length));
            if (!double.IsFinite(summaries[k].Mean) || !double.IsFinite(summaries[k].StandardDeviation))
            {
                throw new FairValidationException([SimulationLimitException.NonFinite().ToDiagnostic(ScenarioPath(k))], nameof(scenarios));
            }
        }

        FairResult result;
        try
        {
            result = Result(name, options, total, totalMoments, [], double.NaN);
        }
        catch (SimulationLimitException ex)
        {
            throw new FairValidationException([ex.ToDiagnostic()], nameof(scenarios));
        }

        return new FairPortfolioResult(result, Contributions(scenarios.Select(s => s.Name), summaries));
    }

    /// <summary>
    /// Runs a range of a portfolio's chunks of <see cref="FairPartialResult.ChunkSize"/> trials — a share of a run that a
    /// host spreads over worker processes or machines — and returns a partial result to merge with
    /// <see cref="FairPartialResult.Merge"/>. Chunk c of scenario k draws from streams keyed by (seed, k, c), so a chunk
    /// gives the same losses wherever it runs, and merged partials give the same moments and counts as one
    /// <see cref="RunPortfolio"/> (percentiles within <see cref="FairPartialResult.PercentileRelativeError"/>).
    /// Pass one scenario to spread a single run.
    /// </summary>
    /// <param name="scenarios">The scenarios, in the same order in every worker; at least one.</param>
    /// <param name="firstChunk">The first chunk, from 0.</param>
    /// <param name="chunkCount">The number of chunks, at least 1; <paramref name="firstChunk"/> + <paramref name="chunkCount"/> ≤ <see cref="FairPartialResult.ChunkCountOf"/>(trials).</param>
    /// <param name="options">The options, the same in every worker; defaults when <see langword="null"/>. <see cref="FairSimulationOptions.KeepTrialLosses"/> is ignored.</param>
    /// <param name="name">A name for the portfolio.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The partial result of those chunks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The chunk range is outside the run's chunks.</exception>
    /// <exception cref="ArgumentException">The list is empty or holds null, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="FairValidationException">The chunks crossed an engine limit (AIMS5012, AIMS5013; see <see cref="RunPortfolio"/>).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static FairPartialResult RunChunks(
        IReadOnlyList<FairScenario> scenarios, int firstChunk, int chunkCount, FairSimulationOptions? options = null, string name = "portfolio",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(name);
        if (scenarios.Count == 0 || scenarios.Any(s => s is null))
        {
            throw new ArgumentException("A portfolio needs at least one scenario and no null scenarios.", nameof(scenarios));
        }

        options = Checked(options);
        var chunks = ScenarioKernel.ChunkCount(options.Trials);
        ArgumentOutOfRangeException.ThrowIfNegative(firstChunk);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstChunk, chunks - chunkCount, nameof(firstChunk));

        var parallelOptions = ParallelOptionsFor(options, cancellationToken);
        var (kernels, vulnerability) = Compile(scenarios, options, parallelOptions);
        var (total, totalMoments, moments, failure) = RunPortfolioChunks(
            kernels, vulnerability, options, firstChunk, chunkCount, parallelOptions, null, cancellationToken);
        if (failure is var (scenario, error))
        {
            throw new FairValidationException([error.ToDiagnostic(ScenarioPath(scenario))], nameof(scenarios));
        }

        var (_, mean, m2, _, _) = Moments.Combine(totalMoments);
        if (!double.IsFinite(mean) || !double.IsFinite(m2) || !ScenarioKernel.AllFinite(total))
        {
            throw new FairValidationException([SimulationLimitException.NonFinite().ToDiagnostic()], nameof(scenarios));
        }

        var thresholds = LossStatistics.ThresholdsOf(options);
        var counts = new long[LogHistogram.Bins];
        var over = new long[thresholds.Length];
        long zeros = 0;
        var gate = new object();
        const int Slice = 1 << 16;
        Parallel.For(0, (total.Length + Slice - 1) / Slice, parallelOptions, () => (Counts: new long[LogHistogram.Bins], Over: new long[thresholds.Length], Zeros: 0L), (i, _, local) =>
        {
            var values = total.AsSpan(i * Slice, Math.Min(Slice, total.Length - (i * Slice)));
            LogHistogram.Add(values, local.Counts);
            foreach (var x in values)
            {
                local.Zeros += x == 0 ? 1 : 0;
                for (var t = 0; t < thresholds.Length; t++)
                {
                    local.Over[t] += x > thresholds[t] ? 1 : 0;
                }
            }

            return local;
        }, local =>
        {
            lock (gate) // integer counts: the order of the workers does not matter
            {
                for (var b = 0; b < counts.Length; b++)
                {
                    counts[b] += local.Counts[b];
                }

                for (var t = 0; t < over.Length; t++)
                {
                    over[t] += local.Over[t];
                }

                zeros += local.Zeros;
            }
        });

        return new FairPartialResult(
            name, [.. scenarios.Select(s => s.Name)], FairPartialResult.Fingerprint(scenarios, options, name), options, firstChunk, chunkCount,
            totalMoments, moments, counts, zeros, over);
    }

    /// <summary>Each scenario's contribution: its mean and standard deviation and its share of the sum of means.</summary>
    internal static ImmutableArray<ScenarioContribution> Contributions(IEnumerable<string> names, IReadOnlyList<NodeSummary> summaries)
    {
        var sum = summaries.Sum(m => m.Mean);
        double Share(double mean) => sum > 0 && mean / sum is var share && !double.IsNaN(share) ? Math.Clamp(share, 0, 1) : 0;
        return [.. names.Select((name, k) => new ScenarioContribution(name, summaries[k].Mean, summaries[k].StandardDeviation, Share(summaries[k].Mean)))];
    }

    /// <summary>Compiles the scenarios (Beta tables shared by equal shapes) and computes each one's run-average vulnerability.</summary>
    private static (ScenarioKernel[] Kernels, double[] Vulnerability) Compile(
        IReadOnlyList<FairScenario> scenarios, FairSimulationOptions options, ParallelOptions parallelOptions)
    {
        var tables = new BetaTables();
        var vulnerabilities = new Dictionary<(Estimate, Estimate), double>();
        var kernels = new ScenarioKernel[scenarios.Count];
        var vulnerability = new double[scenarios.Count];
        for (var k = 0; k < kernels.Length; k++)
        {
            kernels[k] = new ScenarioKernel(scenarios[k], options, [], tables, vulnerabilities);
            vulnerability[k] = Vulnerability(kernels[k], k, options, parallelOptions).Base;
        }

        return (kernels, vulnerability);
    }

    /// <summary>
    /// Compares a scenario without and with controls on common random numbers and computes each control's return on
    /// investment: (ALE before − ALE after − annual cost) / annual cost.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="controls">The controls; at least one.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Before, after, and the combined and per-control results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">A control acts on a node the scenario lacks, or an effect is invalid; every problem listed, at paths such as <c>/controls/0/effects/2/amount</c>.</exception>
    /// <exception cref="ArgumentException">The controls are empty or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>A run that crosses an engine limit throws a <see cref="FairValidationException"/> (AIMS5012, AIMS5013), as <see cref="Run"/> does.</remarks>
    public static ControlAnalysis AnalyzeControls(
        FairScenario scenario, IReadOnlyList<FairControl> controls, FairSimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(controls);
        if (controls.Count == 0 || controls.Any(c => c is null))
        {
            throw new ArgumentException("Give at least one control and no null controls.", nameof(controls));
        }

        options = Checked(options);
        var problems = controls
            .SelectMany((c, i) => c.Effects.SelectMany((e, j) => e.Check(scenario, string.Create(CultureInfo.InvariantCulture, $"/controls/{i}/effects/{j}"))))
            .ToList();
        if (problems.Count > 0)
        {
            throw new FairValidationException(problems, nameof(controls));
        }

        (FairResult Before, FairResult After) Compare(IReadOnlyList<ControlEffect> effects, string name)
        {
            try
            {
                var kernel = new ScenarioKernel(scenario, options, effects);
                var before = new double[options.Trials];
                var after = new double[options.Trials];
                var run = Execute(kernel, 0, options, before, after, null, cancellationToken);
                return (Result(scenario.Name, options, before, run.Moments, run.Nodes, run.Vulnerability),
                    Result(name, options, after, run.TreatedMoments, run.TreatedNodes, run.TreatedVulnerability));
            }
            catch (SimulationLimitException ex)
            {
                throw new FairValidationException([ex.ToDiagnostic()], nameof(scenario));
            }
        }

        ControlResult Outcome(string name, double cost, FairResult before, FairResult after, string path)
        {
            // A cost near 1e-320 makes the return on investment overflow: a statistic that is not finite is never returned.
            var roi = (before.Mean - after.Mean - cost) / cost;
            return double.IsFinite(roi)
                ? new(name, cost, after.Mean, before.Mean - after.Mean, roi)
                : throw new FairValidationException(
                    [new AimsDiagnostic(RiskDiagnosticCodes.NonFiniteResult, path, "The control's return on investment is not a finite number (its annual cost is too small); no result is returned.")],
                    nameof(controls));
        }

        var all = Compare([.. controls.SelectMany(c => c.Effects)], $"{scenario.Name} with controls");
        var perControl = controls.Select((c, i) =>
        {
            var (before, after) = Compare(c.Effects, c.Name);
            return Outcome(c.Name, c.AnnualCost, before, after, string.Create(CultureInfo.InvariantCulture, $"/controls/{i}/annualCost"));
        });
        return new ControlAnalysis(
            all.Before, all.After, Outcome("all controls", controls.Sum(c => c.AnnualCost), all.Before, all.After, "/controls"), [.. perControl]);
    }

    /// <summary>
    /// Tornado analysis: holds each input in turn at its low and high percentile (other inputs keep their random draws)
    /// and ranks the inputs by the swing of mean annual loss, largest first.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The options (fewer trials make this faster); defaults when <see langword="null"/>.</param>
    /// <param name="lowProbability">The low percentile; default 0.1.</param>
    /// <param name="highProbability">The high percentile; default 0.9.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The bars, by decreasing swing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentiles are not 0 &lt; low &lt; high &lt; 1.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static ImmutableArray<SensitivityBar> Sensitivity(
        FairScenario scenario, FairSimulationOptions? options = null, double lowProbability = 0.1, double highProbability = 0.9,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!(lowProbability > 0 && lowProbability < highProbability && highProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lowProbability), "Need 0 < low < high < 1.");
        }

        options = Checked(options);
        var bars = new List<SensitivityBar>();
        foreach (var input in scenario.Inputs())
        {
            var (path, estimate) = (input.Path, input.Estimate);
            cancellationToken.ThrowIfCancellationRequested();
            if (estimate.Kind == EstimateKind.Constant)
            {
                continue;
            }

            var (low, high) = Quantiles(estimate, lowProbability, highProbability, (ulong)options.Seed);
            var atLow = MeanOnly(scenario.Replace(path, Estimate.Constant(low)), options, cancellationToken);
            var atHigh = MeanOnly(scenario.Replace(path, Estimate.Constant(high)), options, cancellationToken);
            bars.Add(new SensitivityBar(path, low, high, atLow, atHigh));
        }

        return [.. bars.OrderByDescending(b => b.Swing).ThenBy(b => b.Path, StringComparer.Ordinal)];
    }

    /// <summary>The mean annual loss of <see cref="Run"/> (the same bits), without the percentiles, curve and histogram.</summary>
    private static double MeanOnly(FairScenario scenario, FairSimulationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var kernel = new ScenarioKernel(scenario, options, []);
            var run = Execute(kernel, 0, options, new double[options.Trials], null, null, cancellationToken);
            var (_, mean, m2, _, _) = Moments.Combine(run.Moments);
            return double.IsFinite(mean) && double.IsFinite(m2) ? mean : throw SimulationLimitException.NonFinite();
        }
        catch (SimulationLimitException ex)
        {
            throw new FairValidationException([ex.ToDiagnostic()], nameof(scenario));
        }
    }

    private static FairSimulationOptions Checked(FairSimulationOptions? options)
    {
        options ??= new FairSimulationOptions();
        options.ThrowIfInvalid();
        return options;
    }

    private static ParallelOptions ParallelOptionsFor(FairSimulationOptions options, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

    private static FairResult Result(
        string name, FairSimulationOptions options, double[] losses, Moments[] moments, ImmutableArray<NodeSummary> nodes, double vulnerability)
    {
        // The array is never written again: hand it over instead of copying it (8 bytes per trial, once).
        var kept = options.KeepTrialLosses ? ImmutableCollectionsMarshal.AsImmutableArray(losses) : [];
        var stats = LossStatistics.Compute(losses, moments, options);
        if (!stats.IsFinite)
        {
            throw SimulationLimitException.NonFinite(); // finite losses whose sum or squares overflow
        }

        return new FairResult(name, options, stats, nodes, vulnerability, kept);
    }

    private static string ScenarioPath(int k) => string.Create(CultureInfo.InvariantCulture, $"/scenarios/{k}");

    /// <summary>
    /// The run-average vulnerability of a scenario (baseline and with its controls): by numerical integration when the
    /// kernel has it, else from TCap and RS drawn over every chunk of the run. A control that changes TCap or RS gets
    /// the exact baseline plus the change it makes on the same draws (common random numbers), clamped to [0, 1].
    /// NaN when vulnerability is not one scalar per run.
    /// </summary>
    private static (double Base, double Treated) Vulnerability(
        ScenarioKernel kernel, int scenario, FairSimulationOptions options, ParallelOptions parallelOptions)
    {
        if (!kernel.ScalarVulnerability)
        {
            return (double.NaN, double.NaN);
        }

        var exact = kernel.AnalyticVulnerability;
        if (!double.IsNaN(exact) && !kernel.EffectsTouchVulnerability)
        {
            return (exact, exact);
        }

        var n = options.Trials;
        var chunks = ScenarioKernel.ChunkCount(n);
        var hits = new (long Base, long Treated)[chunks];
        Parallel.For(0, chunks, parallelOptions, c =>
            hits[c] = kernel.CountHits((ulong)options.Seed, scenario, c, Math.Min(ScenarioKernel.ChunkSize, n - (c * ScenarioKernel.ChunkSize))));
        long h = 0, hTreated = 0;
        foreach (var (b, t) in hits)
        {
            (h, hTreated) = (h + b, hTreated + t);
        }

        return double.IsNaN(exact)
            ? ((double)h / n, (double)hTreated / n)
            : (exact, Math.Clamp(exact + ((double)(hTreated - h) / n), 0, 1));
    }

    /// <summary>
    /// Runs chunks [first, first + count) of every scenario: chunks in parallel, the scenarios of one chunk in list order
    /// into one buffer added to the total, so the sum is bit-identical at any degree of parallelism. Returns the summed
    /// losses of those chunks and each scenario's per-chunk moments (scenario-major: index k · count + chunk − first).
    /// </summary>
    private static (double[] Total, Moments[] TotalMoments, Moments[] Moments, (int Scenario, SimulationLimitException Error)? Failure) RunPortfolioChunks(
        ScenarioKernel[] kernels, double[] vulnerability, FairSimulationOptions options, int first, int count,
        ParallelOptions parallelOptions, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var n = options.Trials;
        var seed = (ulong)options.Seed;
        var offset = first * ScenarioKernel.ChunkSize;
        var total = new double[Math.Min(n, (first + count) * ScenarioKernel.ChunkSize) - offset];
        var moments = new Moments[kernels.Length * count];
        var totalMoments = new Moments[count];
        var failures = new (int Scenario, SimulationLimitException Error)?[count];
        var done = 0;
        var reported = -1;
        Parallel.For(0, count, parallelOptions, () => new double[ScenarioKernel.ChunkSize], (i, _, scratch) =>
        {
            var c = first + i;
            var start = (c * ScenarioKernel.ChunkSize) - offset;
            var length = Math.Min(ScenarioKernel.ChunkSize, total.Length - start);
            var sum = total.AsSpan(start, length);
            for (var k = 0; k < kernels.Length; k++)
            {
                // The first scenario writes the total's chunk itself: adding it to the fresh (zero) array read every page
                // before writing it, two page faults where one will do, and on two threads those faults contended so
                // much that a lone scenario (the web API's path) ran no faster than on one.
                var losses = k == 0 ? sum : scratch.AsSpan(0, length);
                var stats = default(ChunkStats);
                try
                {
                    kernels[k].RunChunk(seed, k, c, losses, default, vulnerability[k], vulnerability[k], ref stats, cancellationToken);
                }
                catch (SimulationLimitException ex)
                {
                    failures[i] = (k, ex); // the first scenario of this chunk: every earlier one passed here
                    break;
                }

                moments[(k * count) + i].AddRange(losses);
                if (k > 0)
                {
                    Add(sum, losses);
                }
            }

            totalMoments[i].AddRange(sum);

            if (progress is not null)
            {
                var percent = 100 * Interlocked.Increment(ref done) / count;
                if (percent < 100 && Interlocked.Exchange(ref reported, percent) != percent)
                {
                    progress.Report(percent / 100.0);
                }
            }

            return scratch;
        }, _ => { });
        progress?.Report(1.0);

        // The first scenario in list order that crossed a limit in any chunk, whichever thread found it first.
        return (total, totalMoments, moments, failures.Where(f => f is not null).MinBy(f => f!.Value.Scenario));
    }

    private static (ImmutableArray<NodeSummary> Nodes, double Vulnerability, double TreatedVulnerability, Moments[] Moments, Moments[] TreatedMoments, ImmutableArray<NodeSummary> TreatedNodes) Execute(
        ScenarioKernel kernel, int scenario, FairSimulationOptions options, double[] output, double[]? treated,
        IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var n = options.Trials;
        var seed = (ulong)options.Seed;
        var chunks = ScenarioKernel.ChunkCount(n);
        var parallelOptions = ParallelOptionsFor(options, cancellationToken);

        int Length(int chunk) => Math.Min(ScenarioKernel.ChunkSize, n - (chunk * ScenarioKernel.ChunkSize));

        var (v, vTreated) = Vulnerability(kernel, scenario, options, parallelOptions);
        var stats = new ChunkStats[chunks];
        var moments = new Moments[chunks];
        var treatedMoments = new Moments[treated is null ? 0 : chunks];
        var done = 0;
        var reported = -1;
        try
        {
            Parallel.For(0, chunks, parallelOptions, c =>
            {
                var start = c * ScenarioKernel.ChunkSize;
                var length = Length(c);
                kernel.RunChunk(
                    seed, scenario, c, output.AsSpan(start, length), treated is null ? default : treated.AsSpan(start, length), v, vTreated, ref stats[c],
                    cancellationToken);
                moments[c].AddRange(output.AsSpan(start, length)); // the statistics' moments, folded into the chunk's pass
                if (treated is not null)
                {
                    treatedMoments[c].AddRange(treated.AsSpan(start, length));
                }

                if (progress is not null)
                {
                    var percent = 100 * Interlocked.Increment(ref done) / chunks;
                    if (percent < 100 && Interlocked.Exchange(ref reported, percent) != percent)
                    {
                        progress.Report(percent / 100.0);
                    }
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<SimulationLimitException>().FirstOrDefault() is { } limit)
        {
            // The diagnostic depends only on the scenario and options, not on which chunk crossed the limit first.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(limit).Throw();
        }

        progress?.Report(1.0);

        var tef = new Moments[chunks];
        var vuln = new Moments[chunks];
        var lef = new Moments[chunks];
        var lm = new Moments[chunks];
        var treatedLef = new Moments[chunks];
        for (var c = 0; c < chunks; c++)
        {
            (tef[c], vuln[c], lef[c], lm[c], treatedLef[c]) = (stats[c].Tef, stats[c].Vulnerability, stats[c].Lef, stats[c].Lm, stats[c].TreatedLef);
        }

        var nodes = ImmutableArray.CreateBuilder<NodeSummary>();
        if (tef[0].Count > 0)
        {
            nodes.Add(Moments.Merge(FairNode.ThreatEventFrequency, tef));
            nodes.Add(kernel.ScalarVulnerability
                ? new NodeSummary(FairNode.Vulnerability, n, v, 0, v, v)
                : Moments.Merge(FairNode.Vulnerability, vuln));
        }

        nodes.Add(Moments.Merge(FairNode.LossEventFrequency, lef));
        nodes.Add(Moments.Merge(FairNode.LossMagnitude, lm));
        // With controls, the treated result gets its loss event frequency, so it can be placed on a risk matrix.
        ImmutableArray<NodeSummary> treatedNodes = treated is not null && kernel.HasEffects ? [Moments.Merge(FairNode.LossEventFrequency, treatedLef)] : [];
        return (nodes.ToImmutable(), kernel.ScalarVulnerability ? v : double.NaN, kernel.ScalarVulnerability ? vTreated : double.NaN, moments, treatedMoments, treatedNodes);
    }

    [MethodImpl(Jit.Hot)]
    private static void Add(Span<double> total, ReadOnlySpan<double> values)
    {
        var t = MemoryMarshal.Cast<double, Vector<double>>(total);
        var v = MemoryMarshal.Cast<double, Vector<double>>(values);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] += v[i];
        }

        for (var i = t.Length * Vector<double>.Count; i < total.Length; i++)
        {
            total[i] += values[i];
        }
    }

    private static (double Low, double High) Quantiles(Estimate estimate, double low, double high, ulong seed)
    {
        const int Samples = 100_000;
        var sampler = Sampler.From(estimate);
        var rng = Xoshiro256.ForStream(seed, -1, 0, 0);
        var data = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            data[i] = sampler.Sample(ref rng);
        }

        int lo = (int)(low * (Samples - 1)), hi = (int)(high * (Samples - 1));
        Selection.SelectRanks(data, [lo, hi]);
        return (data[lo], data[hi]);
    }
}
