using System.Collections.Immutable;
using System.Globalization;
using Aims.Risk.Internal;

namespace Aims.Risk;

public static partial class FairSimulator
{
    /// <summary>
    /// Simulates a portfolio without and with each scenario's controls on common random numbers: inherent and residual
    /// risk per scenario and in total, and each control's effect and return on investment alone. Scenario k draws from
    /// the streams of <see cref="RunPortfolio"/> (keyed by seed, k and chunk), so the untreated portfolio is that run's
    /// result and two analyses with different controls differ only by the controls.
    /// </summary>
    /// <param name="scenarios">The scenarios; at least one.</param>
    /// <param name="controls">The controls of each scenario, in the same order (an empty list for a scenario without controls).</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="name">A name for the portfolio.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The portfolio before and after, and each scenario's results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scenarios are empty or hold null, the control lists do not match the scenarios one to one or hold null, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="FairValidationException">An effect acts on a node its scenario lacks or is invalid (every problem listed, at paths such as <c>/controls/1/0/effects/2</c>), or a run crossed an engine limit (AIMS5012, AIMS5013, at <c>/scenarios/{k}</c>).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static PortfolioControlAnalysis AnalyzePortfolioControls(
        IReadOnlyList<FairScenario> scenarios, IReadOnlyList<IReadOnlyList<FairControl>> controls, FairSimulationOptions? options = null,
        string name = "portfolio", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(name);
        if (scenarios.Count == 0 || scenarios.Any(s => s is null))
        {
            throw new ArgumentException("A portfolio needs at least one scenario and no null scenarios.", nameof(scenarios));
        }

        if (controls.Count != scenarios.Count || controls.Any(c => c is null || c.Any(x => x is null)))
        {
            throw new ArgumentException($"Give one list of controls per scenario ({scenarios.Count}), with no null lists or controls.", nameof(controls));
        }

        options = Checked(options);
        var problems = scenarios
            .SelectMany((s, k) => controls[k].SelectMany((c, i) => c.Effects.SelectMany((e, j) =>
                e.Check(s, string.Create(CultureInfo.InvariantCulture, $"/controls/{k}/{i}/effects/{j}")))))
            .ToList();
        if (problems.Count > 0)
        {
            throw new FairValidationException(problems, nameof(controls));
        }

        var n = options.Trials;
        var totalBefore = new double[n];
        var totalAfter = new double[n];
        var results = new ScenarioControlAnalysis[scenarios.Count];
        var before = new NodeSummary[scenarios.Count];
        var after = new NodeSummary[scenarios.Count];
        for (var k = 0; k < scenarios.Count; k++)
        {
            try
            {
                (results[k], before[k], after[k]) = AnalyzeScenario(scenarios[k], k, controls[k], options, totalBefore, totalAfter, cancellationToken);
            }
            catch (SimulationLimitException ex)
            {
                throw new FairValidationException([ex.ToDiagnostic(ScenarioPath(k))], nameof(scenarios));
            }
        }

        try
        {
            var names = scenarios.Select(s => s.Name).ToList();
            return new PortfolioControlAnalysis(
                new FairPortfolioResult(Result(name, options, totalBefore, ChunkMoments(totalBefore), [], double.NaN), Contributions(names, before)),
                new FairPortfolioResult(Result($"{name} with controls", options, totalAfter, ChunkMoments(totalAfter), [], double.NaN), Contributions(names, after)),
                [.. results]);
        }
        catch (SimulationLimitException ex)
        {
            throw new FairValidationException([ex.ToDiagnostic()], nameof(scenarios));
        }
    }

    /// <summary>Runs scenario k with and without its controls, adds both to the totals, and runs each control alone.</summary>
    private static (ScenarioControlAnalysis Result, NodeSummary Before, NodeSummary After) AnalyzeScenario(
        FairScenario scenario, int k, IReadOnlyList<FairControl> controls, FairSimulationOptions options, double[] totalBefore, double[] totalAfter,
        CancellationToken cancellationToken)
    {
        var n = options.Trials;
        var kernel = new ScenarioKernel(scenario, options, [.. controls.SelectMany(c => c.Effects)]);
        var losses = new double[n];
        var treated = kernel.HasEffects ? new double[n] : null;
        var run = Execute(kernel, k, options, losses, treated, null, cancellationToken);
        var before = Result(scenario.Name, options, losses, run.Moments, run.Nodes, run.Vulnerability);
        var after = treated is null ? before : Result(scenario.Name, options, treated, run.TreatedMoments, run.TreatedNodes, run.TreatedVulnerability);
        Add(totalBefore, losses);
        Add(totalAfter, treated ?? losses);

        var perControl = ImmutableArray.CreateBuilder<ControlResult>(controls.Count);
        var scratch = controls.Count > 0 ? (Losses: new double[n], Treated: new double[n]) : default;
        for (var i = 0; i < controls.Count; i++)
        {
            var control = controls[i];
            var alone = Execute(new ScenarioKernel(scenario, options, control.Effects), k, options, scratch.Losses, scratch.Treated, null, cancellationToken);
            var (_, mean, m2, _, _) = Moments.Combine(alone.TreatedMoments);
            if (!double.IsFinite(mean) || !double.IsFinite(m2))
            {
                throw SimulationLimitException.NonFinite();
            }

            // A cost near 1e-320 makes the return on investment overflow: a statistic that is not finite is never returned.
            var roi = (before.Mean - mean - control.AnnualCost) / control.AnnualCost;
            perControl.Add(double.IsFinite(roi)
                ? new ControlResult(control.Name, control.AnnualCost, mean, before.Mean - mean, roi)
                : throw new FairValidationException(
                    [new AimsDiagnostic(RiskDiagnosticCodes.NonFiniteResult, string.Create(CultureInfo.InvariantCulture, $"/controls/{k}/{i}/annualCost"),
                        "The control's return on investment is not a finite number (its annual cost is too small); no result is returned.")],
                    nameof(controls)));
        }

        return (new ScenarioControlAnalysis(before, after, perControl.MoveToImmutable()),
            Moments.Merge(FairNode.LossMagnitude, run.Moments), Moments.Merge(FairNode.LossMagnitude, treated is null ? run.Moments : run.TreatedMoments));
    }

    /// <summary>The moments of each chunk of a summed loss vector, as the statistics expect them.</summary>
    private static Moments[] ChunkMoments(double[] losses)
    {
        var moments = new Moments[ScenarioKernel.ChunkCount(losses.Length)];
        for (var c = 0; c < moments.Length; c++)
        {
            var start = c * ScenarioKernel.ChunkSize;
            moments[c].AddRange(losses.AsSpan(start, Math.Min(ScenarioKernel.ChunkSize, losses.Length - start)));
        }

        return moments;
    }
}
