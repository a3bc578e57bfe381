using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

public sealed partial class RiskRegisterAnalysis
{
    private static RiskRegisterAnalysis Run(
        AimsWorkspace workspace, RiskRegisterAnalysisOptions options, ImmutableArray<string> whatIf, List<(RiskEntry Risk, int Index)> quantified,
        List<List<(ControlMeasure Measure, FairControl Control)>> applied, ImmutableArray<string> unquantified, List<AimsDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var soa = workspace.Soa;
        bool Implemented(string id) => soa?.Find(id)?.IsImplemented == true;
        var whatIfSet = whatIf.ToHashSet(StringComparer.Ordinal);
        var scenarios = quantified.Select(q => q.Risk.Scenario!).ToList();
        var name = $"{workspace.Organization} risk register";

        // Every run draws scenario k from the same streams, so runs differ only by the controls they include.
        PortfolioControlAnalysis Simulate(Func<ControlMeasure, bool> include) => FairSimulator.AnalyzePortfolioControls(
            scenarios,
            [.. applied.Select(a => (IReadOnlyList<FairControl>)[.. a.Where(x => include(x.Measure)).Select(x => x.Control)])],
            options.Simulation, name, cancellationToken);

        var all = Simulate(_ => true);
        var residual = Simulate(m => Implemented(m.ControlId));
        var what = whatIf.IsEmpty ? null : Simulate(m => Implemented(m.ControlId) || whatIfSet.Contains(m.ControlId));

        foreach (var id in whatIf.Where(id => !applied.Any(a => a.Any(x => x.Measure.ControlId == id))))
        {
            diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.WhatIfControlWithoutEffect, "/controlMeasures",
                $"What-if control {id} has no control measure acting on a quantified risk: it changes nothing.", DiagnosticSeverity.Warning));
        }

        var risks = ImmutableArray.CreateBuilder<QuantifiedRisk>(quantified.Count);
        for (var k = 0; k < quantified.Count; k++)
        {
            var (risk, index) = quantified[k];
            var controls = applied[k].Select((x, i) => new ControlContribution(
                x.Measure, soa?.Find(x.Measure.ControlId)?.Status, Implemented(x.Measure.ControlId),
                Implemented(x.Measure.ControlId) || whatIfSet.Contains(x.Measure.ControlId), all.Scenarios[k].PerControl[i]));
            var inherentCell = Place(options.Matrix, all.Scenarios[k].Before);
            var residualCell = Place(options.Matrix, residual.Scenarios[k].After);
            if (risk.Residual is { } typed && residualCell is { } cell && Band(options.Matrix, typed) is { } band && band != cell.Band)
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.ResidualRatingDisagrees, Pointer($"/risks/{index}/residual"),
                    Pointer($"The typed residual rating L{typed.Likelihood}×I{typed.Impact} is {band}, but the computed residual risk (ALE {residual.Scenarios[k].After.Mean:N0}, loss events {residual.Scenarios[k].After.SummaryOf(FairNode.LossEventFrequency)?.Mean:0.###} a year) falls in {cell}: review the rating, the scenario or the control measures."),
                    DiagnosticSeverity.Warning));
            }

            risks.Add(new QuantifiedRisk(
                risk, index, all.Scenarios[k].Before, residual.Scenarios[k].After, what?.Scenarios[k].After, [.. controls], inherentCell, residualCell));
        }

        var opportunities = applied.SelectMany(a => a.Select(x => x.Measure.ControlId)).Distinct(StringComparer.Ordinal)
            .Where(id => !Implemented(id) && !whatIfSet.Contains(id))
            .Select(id =>
            {
                var with = Simulate(m => Implemented(m.ControlId) || m.ControlId == id).After.Total;
                var measures = applied.SelectMany(a => a).Where(x => x.Measure.ControlId == id).Select(x => x.Measure).Distinct().ToList();
                return new ControlOpportunity(
                    id, measures[0].Control.Name, soa?.Find(id)?.Status, measures.Sum(m => m.Control.AnnualCost),
                    residual.After.Total.Mean - with.Mean, residual.After.Total.Percentile(0.95) - with.Percentile(0.95),
                    [.. quantified.Where((q, k) => applied[k].Any(x => x.Measure.ControlId == id)).Select(q => q.Risk.Id)]);
            })
            .OrderByDescending(o => o.ReductionPerCost).ThenBy(o => o.ControlId, StringComparer.Ordinal)
            .ToImmutableArray();

        return new RiskRegisterAnalysis(whatIf, risks.MoveToImmutable(), unquantified, all.Before, residual.After, what?.After, opportunities);
    }

    private static MatrixCell? Place(RiskMatrix matrix, FairResult result)
    {
        try
        {
            return matrix.Locate(result);
        }
        catch (InvalidOperationException)
        {
            return null; // a matrix without numeric ranges places nothing
        }
    }

    private static RiskBand? Band(RiskMatrix matrix, RiskRating rating)
    {
        try
        {
            return matrix.Rate(rating).Band;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // a rating that does not fit the matrix is compared with nothing
        }
    }
}
