using System.Globalization;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The human-readable output of <c>aims demo</c>.</summary>
internal static class DemoText
{
    public static void Write(
        TextWriter o, AimsWorkspace workspace, DateOnly asOf, AimsResult<AimsWorkspace> validation, BoardReport report,
        IReadOnlyList<GateEvaluation> gates, IReadOnlyDictionary<string, ClassificationInheritance> inheritance, RiskRegisterAnalysis register)
    {
        o.WriteLine($"{workspace.Organization} — AI management system as of {CliApp.Date(asOf)}");
        o.WriteLine();
        o.WriteLine($"AI system inventory ({report.SystemCount} systems, {report.ShadowAiCount} shadow AI"
            + (report.ShadowAiCandidatesToTriage == 0 ? ")" : $", {report.ShadowAiCandidatesToTriage} shadow-AI candidate(s) to triage)"));
        o.WriteLine($"  {"ID",-18} {"STAGE",-26} {"RISK",-11} {"EU AI ACT",-15} {"DATA CLASS",-12} CLOUDS");
        foreach (var s in workspace.Systems)
        {
            var clouds = string.Join(",", s.Deployments.Select(d => d.Provider).Distinct(StringComparer.Ordinal));
            o.WriteLine($"  {s.Id + (s.IsShadowAi ? "*" : ""),-18} {CliApp.Word(s.LifecycleStage),-26} {CliApp.Word(s.RiskLevel),-11} "
                + $"{CliApp.Word(s.EuAiActCategory),-15} {inheritance[s.Id].Level ?? "-",-12} {clouds}");
        }

        o.WriteLine("  * discovered outside the inventory process (shadow AI)");
        foreach (var s in workspace.Systems.Where(s => inheritance[s.Id].Level is not null).Take(2))
        {
            o.WriteLine($"  e.g. {inheritance[s.Id].Explanation}");
        }

        o.WriteLine();
        o.WriteLine($"EU AI Act per system: classification from the recorded facts, and how many of its obligations apply on {CliApp.Date(asOf)}");
        foreach (var s in workspace.Systems.Where(s => s.LifecycleStage != LifecycleStage.Retirement))
        {
            var facts = string.Join(", ", new[]
            {
                CliApp.Word(s.EuAiActCategory),
                s.AnnexIIIArea,
                s.Article6Derogation is { } d ? $"Art. 6(3) claim ({CliApp.Word(d.Condition)})" : null,
                s.IsGeneralPurposeModel ? "general-purpose model" : null,
                s.DeployerIsPublicBody ? "public-body deployer" : null,
                s.HasSystemicRisk ? "systemic risk" : null,
                s.IsOpenSource ? "open-source model" : null,
                s.IsAnnexIProduct ? "Annex I product" : null,
                s.PlacedOnMarketOn is { } placed ? $"on the market since {CliApp.Date(placed)}" : null,
            }.OfType<string>());
            if (AiActProfile.For(s) is not { } profile)
            {
                o.WriteLine($"  {s.Id,-18} {facts}; no operator role recorded, no duty derived");
                continue;
            }

            var obligations = EuAiActObligations.For(profile);
            var now = obligations.Where(x => x.AppliesOn(asOf)).ToList();
            var later = obligations.Where(x => !x.AppliesOn(asOf)).GroupBy(x => x.AppliesFrom).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} from {CliApp.Date(g.Key)}").ToList();
            o.WriteLine($"  {s.Id,-18} {facts}; {string.Join(" and ", s.OperatorRoles.Select(r => CliApp.Word(r)))}: "
                + $"{now.Count} of {obligations.Length} apply now ({string.Join(" ", now.Select(x => x.ArticleId + (x.IsConditional ? " (if…)" : "")))}){(later.Count > 0 ? "; " + string.Join(", ", later) : "")}");
        }

        var p = report.SoaProgress;
        o.WriteLine();
        o.WriteLine($"Statement of Applicability v{workspace.Soa?.Revision.Version}: {p.Applicable} included, {p.Excluded} excluded; "
            + $"{p.Implemented} implemented ({p.PercentImplemented:0.0} %), {p.InProgress} in progress, {p.Planned} planned, {p.NotStarted} not started");

        o.WriteLine();
        o.WriteLine("Deployment gates (systems up to deployment)");
        foreach (var g in gates)
        {
            var waived = g.Results.Count(r => !r.IsRequired);
            o.WriteLine($"  {g.SystemId}: {(g.Passed ? "PASS" : "FAIL")}{(waived > 0 ? $" ({waived} not required at its risk tier)" : "")}");
            foreach (var r in g.Results.Where(r => !r.Passed))
            {
                o.WriteLine($"    - {r.Requirement.Description}: {r.Reason}");
            }
        }

        o.WriteLine();
        o.WriteLine("AI objectives (clause 6.2)");
        foreach (var objective in workspace.Objectives)
        {
            var latest = objective.LatestAsOf(asOf);
            var now = latest is null ? "not measured" : string.Create(CultureInfo.InvariantCulture, $"{latest.Value:0.###}{(objective.Unit is null ? "" : " " + objective.Unit)}");
            o.WriteLine($"  {objective.Id} [{CliApp.Word(objective.StatusAt(asOf))}] {objective.Title}: {now} (owner: {objective.Owner}; due {objective.TargetDate:yyyy-MM-dd})");
        }

        var gaps = workspace.Competence.GapsAgainst(workspace.Raci, asOf);
        o.WriteLine($"Competence (clause 7.2): {workspace.Competence.Records.Count(r => r.IsCurrent(asOf))} of {workspace.Competence.Records.Length} records current, {gaps.Count} gap(s)");
        foreach (var gap in gaps)
        {
            o.WriteLine($"  - {gap.Message}");
        }

        o.WriteLine();
        o.WriteLine("Board report");
        o.WriteLine($"  Risks by band: {string.Join(", ", report.RisksByBand.Select(kv => $"{CliApp.Word(kv.Key)} {kv.Value}"))}");
        o.WriteLine("  Top risks:");
        foreach (var position in report.TopRisks)
        {
            var target = position.Target is { } t && !position.IsTargetAchieved ? $"; target {t} not reached" : "";
            o.WriteLine($"    {position.Risk.Id} [{CliApp.Word(position.Current.Band)}, {position.Current}] {position.Risk.Title} (owner: {position.Risk.Owner}{target})");
        }

        var currency = workspace.Currency is { } c ? " " + c : "";
        string Money(double x) => (x / 1000).ToString("N0", CultureInfo.InvariantCulture) + "k" + currency;
        o.WriteLine($"  Quantified (FAIR, {CliApp.DemoTrials:N0} trials): expected annual loss inherent {Money(register.Inherent.Total.Mean)} → residual {Money(register.Residual.Total.Mean)} "
            + $"(P95 {Money(register.Inherent.Total.Percentile(0.95))} → {Money(register.Residual.Total.Percentile(0.95))}); residual counts only implemented controls");
        foreach (var q in register.Risks)
        {
            var counted = q.Controls.Where(x => x.InResidual).Select(x => x.ControlId).Distinct(StringComparer.Ordinal).ToList();
            o.WriteLine($"    {q.RiskId} ALE {Money(q.Inherent.Mean)} → {Money(q.Residual.Mean)} ({(counted.Count == 0 ? "no implemented measured control" : string.Join(", ", counted))})");
        }

        o.WriteLine($"  Incidents (last 12 months): {string.Join(" ", report.IncidentTrend.Select(m => m.Total))}; open: {report.OpenIncidents}");
        o.WriteLine($"  Open nonconformities: {string.Join(", ", report.OpenNonconformities.Select(n => n.Id))}");
        o.WriteLine($"  Overdue reviews: {string.Join(", ", report.OverdueReviews.Select(r => $"{r.Kind} {r.Id}"))}");

        o.WriteLine();
        var errors = validation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        o.WriteLine($"Validation: {errors} error(s), {validation.Diagnostics.Length - errors} warning(s)");
        foreach (var d in validation.Diagnostics)
        {
            o.WriteLine($"  {CliApp.Word(d.Severity),-7} {d.Code} {d.Path}: {d.Message}");
        }
    }
}
