using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// The risk register quantified: every risk with a FAIR scenario simulated without controls (inherent), with the
/// measured controls the Statement of Applicability marks implemented (residual) and, on request, with what-if
/// controls as well; the portfolio totals; and the measured controls not yet implemented, ranked by what they would
/// take off the residual per unit of cost. Residual risk is computed, never typed in: a control counts only when the
/// SoA marks it implemented and a <see cref="ControlMeasure"/> states its effect.
/// </summary>
/// <remarks>
/// Every run shares the scenarios' random streams (common random numbers), so inherent, residual and what-if differ
/// only by the controls. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed partial class RiskRegisterAnalysis
{
    private RiskRegisterAnalysis(
        ImmutableArray<string> whatIf, ImmutableArray<QuantifiedRisk> risks, ImmutableArray<string> unquantifiedRiskIds, FairPortfolioResult inherent,
        FairPortfolioResult residual, FairPortfolioResult? whatIfResidual, ImmutableArray<ControlOpportunity> opportunities)
    {
        WhatIf = whatIf;
        Risks = risks;
        UnquantifiedRiskIds = unquantifiedRiskIds;
        Inherent = inherent;
        Residual = residual;
        WhatIfResidual = whatIfResidual;
        Opportunities = opportunities;
    }

    /// <summary>Gets the what-if controls of the run (empty without a what-if).</summary>
    public ImmutableArray<string> WhatIf { get; }

    /// <summary>Gets each risk with a FAIR scenario, in register order.</summary>
    public ImmutableArray<QuantifiedRisk> Risks { get; }

    /// <summary>Gets the ids of the risks without a FAIR scenario (or whose scenario crossed an engine limit): they are in no figure.</summary>
    public ImmutableArray<string> UnquantifiedRiskIds { get; }

    /// <summary>Gets the portfolio of the quantified risks without controls.</summary>
    public FairPortfolioResult Inherent { get; }

    /// <summary>Gets the portfolio with the implemented measured controls.</summary>
    public FairPortfolioResult Residual { get; }

    /// <summary>Gets the portfolio with the what-if controls as well, or <see langword="null"/> without a what-if.</summary>
    public FairPortfolioResult? WhatIfResidual { get; }

    /// <summary>Gets the measured controls not implemented (and not in the what-if), by ALE reduction per unit cost, largest first.</summary>
    public ImmutableArray<ControlOpportunity> Opportunities { get; }

    /// <summary>Simulates the workspace's risk register with its control measures.</summary>
    /// <param name="workspace">The workspace: its risks' FAIR scenarios, its control measures and its SoA.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// The analysis with warnings (AIMS1801 an effect on a node the scenario lacks, AIMS1802 a typed residual in another
    /// band than the computed one, AIMS1804 a what-if control with no effect, AIMS1805 a measure that acts on no risk);
    /// with errors and a partial value when a measure is invalid (its effects are left out) or a scenario crosses an
    /// engine limit (the risk is left out); a failure (AIMS1803) when no risk has a scenario.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid (blank what-if ids, invalid simulation options).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static AimsResult<RiskRegisterAnalysis> Analyze(
        AimsWorkspace workspace, RiskRegisterAnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        options ??= new RiskRegisterAnalysisOptions();
        options.ThrowIfInvalid();

        var diagnostics = new List<AimsDiagnostic>();
        var whatIf = options.WhatIf.Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var quantified = workspace.Risks.Select((r, i) => (Risk: r, Index: i)).Where(x => x.Risk.Scenario is not null).ToList();
        if (quantified.Count == 0)
        {
            return AimsResult.Failure<RiskRegisterAnalysis>(
                [new AimsDiagnostic(ModelDiagnosticCodes.NoQuantifiedRisk, "/risks", "No risk has a FAIR scenario: give risks a scenario to compute inherent and residual risk.")]);
        }

        for (var m = 0; m < workspace.ControlMeasures.Length; m++)
        {
            if (!workspace.Risks.Any(workspace.ControlMeasures[m].ActsOn))
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.ControlMeasureActsOnNothing, Pointer($"/controlMeasures/{m}"),
                    $"The measure of {workspace.ControlMeasures[m].ControlId} acts on no risk: list its risks, or name the control in a risk's treatment.",
                    DiagnosticSeverity.Warning));
            }
        }

        var unquantified = workspace.Risks.Where(r => r.Scenario is null).Select(r => r.Id).ToList();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attempt = new List<AimsDiagnostic>();
            var applied = quantified.Select(q => Applicable(workspace, q.Risk, q.Index, attempt)).ToList();
            try
            {
                var analysis = Run(workspace, options, whatIf, quantified, applied, [.. unquantified], attempt, cancellationToken);
                return AimsResult.From(analysis, diagnostics.Concat(attempt).Distinct());
            }
            catch (FairValidationException ex) when (ScenarioOf(ex) is { } k)
            {
                // A scenario that crosses an engine limit costs only its own risk: report it there and run the rest again.
                var (risk, index) = quantified[k];
                var at = Pointer($"/scenarios/{k}");
                diagnostics.AddRange(ex.Diagnostics.Select(d => d.Path.StartsWith(at, StringComparison.Ordinal)
                    ? new AimsDiagnostic(d.Code, Pointer($"/risks/{index}/scenario") + d.Path[at.Length..], d.Message, d.Severity)
                    : d));
                unquantified.Add(risk.Id);
                quantified.RemoveAt(k);
                if (quantified.Count == 0)
                {
                    return AimsResult.Failure<RiskRegisterAnalysis>(diagnostics);
                }
            }
        }
    }

    /// <summary>The measures acting on one risk, each cut to the effects its scenario has; problems reported once per effect.</summary>
    private static List<(ControlMeasure Measure, FairControl Control)> Applicable(AimsWorkspace workspace, RiskEntry risk, int index, List<AimsDiagnostic> diagnostics)
    {
        var scenario = risk.Scenario!;
        var result = new List<(ControlMeasure, FairControl)>();
        for (var m = 0; m < workspace.ControlMeasures.Length; m++)
        {
            var measure = workspace.ControlMeasures[m];
            if (!measure.ActsOn(risk))
            {
                continue;
            }

            var effects = new List<ControlEffect>();
            var valid = true;
            for (var j = 0; j < measure.Control.Effects.Length; j++)
            {
                var effect = measure.Control.Effects[j];
                var path = Pointer($"/controlMeasures/{m}/effects/{j}");
                var problems = effect.Validate(scenario, path);
                if (problems.Any(p => p.Code == RiskDiagnosticCodes.EffectTargetMissing))
                {
                    diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.ControlEffectNotApplicable, path,
                        $"The scenario of {risk.Id} (/risks/{index}/scenario) has no {effect.Node}{(effect.Form is { } f ? $" ({f})" : "")}: this effect of {measure.ControlId} is left out for {risk.Id}.",
                        DiagnosticSeverity.Warning));
                }
                else if (problems.Length > 0)
                {
                    diagnostics.AddRange(problems);
                    valid = false;
                }
                else
                {
                    effects.Add(effect);
                }
            }

            if (valid && effects.Count > 0)
            {
                result.Add((measure, effects.Count == measure.Control.Effects.Length
                    ? measure.Control
                    : new FairControl(measure.Control.Name, measure.Control.AnnualCost, effects).WithFunction(measure.Control.Function)));
            }
        }

        return result;
    }

    private static int? ScenarioOf(FairValidationException ex) =>
        ex.Diagnostics.Select(d => ScenarioPath().Match(d.Path)).FirstOrDefault(m => m.Success) is { } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^/scenarios/(\d+)(?:/|$)")]
    private static partial Regex ScenarioPath();

    private static string Pointer(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);
}
