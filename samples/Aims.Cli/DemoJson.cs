using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The stable JSON shape of <c>aims demo --format json</c> (documented in docs/cli.md).</summary>
internal static class DemoJson
{
    public static JsonObject Build(
        AimsWorkspace workspace, DateOnly asOf, AimsResult<AimsWorkspace> validation, BoardReport report,
        IReadOnlyList<GateEvaluation> gates, IReadOnlyDictionary<string, ClassificationInheritance> inheritance, RiskRegisterAnalysis register) => new()
        {
            ["organization"] = workspace.Organization,
            ["asOf"] = CliApp.Date(asOf),
            ["validation"] = Validation(validation),
            ["inventory"] = new JsonArray([.. workspace.Systems.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["owner"] = s.Owner,
            ["lifecycleStage"] = CliApp.Word(s.LifecycleStage),
            ["riskLevel"] = CliApp.Word(s.RiskLevel),
            ["euAiActCategory"] = CliApp.Word(s.EuAiActCategory),
            ["isShadowAi"] = s.IsShadowAi,
            ["deployments"] = new JsonArray([.. s.Deployments.Select(d => (JsonNode)JsonValue.Create(d.ToString()))]),
            ["thirdPartyComponents"] = s.Components.Length,
            ["inheritedClassification"] = inheritance[s.Id].Level,
            ["classificationExplanation"] = inheritance[s.Id].Explanation,
            ["reviewOverdue"] = s.IsReviewOverdue(asOf, workspace.ReviewIntervalDays),
            ["euAiAct"] = EuAiAct(s, asOf),
        })]),
            ["objectives"] = new JsonArray([.. workspace.Objectives.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["owner"] = o.Owner,
                ["status"] = CliApp.Word(o.StatusAt(asOf)),
                ["latest"] = o.LatestAsOf(asOf)?.Value,
                ["progress"] = o.ProgressAt(asOf),
            })]),
            ["competenceGaps"] = new JsonArray([.. workspace.Competence.GapsAgainst(workspace.Raci, asOf).Select(g => (JsonNode)new JsonObject
            {
                ["role"] = g.Role,
                ["competence"] = g.Competence,
                ["kind"] = CliApp.Word(g.Kind),
                ["message"] = g.Message,
            })]),
            ["gates"] = new JsonArray([.. gates.Select(g => (JsonNode)new JsonObject
        {
            ["systemId"] = g.SystemId,
            ["policyId"] = g.PolicyId,
            ["passed"] = g.Passed,
            ["results"] = new JsonArray([.. g.Results.Select(r => (JsonNode)new JsonObject
            {
                ["requirement"] = r.Requirement.Description,
                ["required"] = r.IsRequired,
                ["passed"] = r.Passed,
                ["reason"] = r.Reason,
            })]),
        })]),
            ["boardReport"] = Report(report),
            ["quantifiedRisk"] = new JsonObject
            {
                ["trials"] = CliApp.DemoTrials,
                ["currency"] = workspace.Currency,
                ["inherentAle"] = register.Inherent.Total.Mean,
                ["residualAle"] = register.Residual.Total.Mean,
                ["risks"] = new JsonArray([.. register.Risks.Select(q => (JsonNode)new JsonObject
                {
                    ["id"] = q.RiskId,
                    ["inherentAle"] = q.Inherent.Mean,
                    ["residualAle"] = q.Residual.Mean,
                    ["controlsCounted"] = new JsonArray([.. q.Controls.Where(x => x.InResidual).Select(x => x.ControlId).Distinct(StringComparer.Ordinal).Select(id => (JsonNode)id)]),
                })]),
            },
        };

    /// <summary>A system's EU AI Act facts and the obligations derived from them (<see cref="AiActProfile.For"/>), each with its date.</summary>
    private static JsonObject EuAiAct(AiSystem s, DateOnly asOf) => new()
    {
        ["operatorRoles"] = new JsonArray([.. s.OperatorRoles.Select(r => (JsonNode)JsonValue.Create(CliApp.Word(r)))]),
        ["annexIIIArea"] = s.AnnexIIIArea,
        ["isGeneralPurposeModel"] = s.IsGeneralPurposeModel,
        ["deployerIsPublicBody"] = s.DeployerIsPublicBody,
        ["isEmotionRecognitionOrBiometricCategorisation"] = s.IsEmotionRecognitionOrBiometricCategorisation,
        ["publishesDeepFakesOrPublicInterestText"] = s.PublishesDeepFakesOrPublicInterestText,
        ["profilesNaturalPersons"] = s.ProfilesNaturalPersons,
        ["hasSystemicRisk"] = s.HasSystemicRisk,
        ["isOpenSource"] = s.IsOpenSource,
        ["isAnnexIProduct"] = s.IsAnnexIProduct,
        ["placedOnMarketOn"] = s.PlacedOnMarketOn is { } placed ? CliApp.Date(placed) : null,
        ["article6Derogation"] = s.Article6Derogation is { } d ? new JsonObject
        {
            ["condition"] = CliApp.Word(d.Condition),
            ["assessmentDocumented"] = d.Assessment is not null,
            ["registeredOn"] = d.RegisteredOn is { } r ? CliApp.Date(r) : null,
        } : null,
        ["obligations"] = new JsonArray([.. (AiActProfile.For(s) is { } profile ? EuAiActObligations.For(profile) : []).Select(o => (JsonNode)new JsonObject
        {
            ["article"] = o.ArticleId,
            ["appliesFrom"] = o.AppliesFrom is { } from ? CliApp.Date(from) : null,
            ["applicable"] = o.AppliesOn(asOf),
            ["appliesIf"] = o.Condition,
        })]),
    };

    internal static JsonObject Validation(AimsResult<AimsWorkspace> validation) => new()
    {
        ["isValid"] = validation.IsValid,
        ["errors"] = validation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        ["warnings"] = validation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        ["diagnostics"] = new JsonArray([.. validation.Diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["code"] = d.Code,
            ["severity"] = CliApp.Word(d.Severity),
            ["path"] = d.Path,
            ["message"] = d.Message,
        })]),
    };

    private static JsonObject Report(BoardReport r) => new()
    {
        ["systemCount"] = r.SystemCount,
        ["shadowAiCount"] = r.ShadowAiCount,
        ["shadowAiCandidatesToTriage"] = r.ShadowAiCandidatesToTriage,
        ["byLifecycleStage"] = Counts(r.ByLifecycleStage),
        ["byRiskLevel"] = Counts(r.ByRiskLevel),
        ["byEuAiActCategory"] = Counts(r.ByEuAiActCategory),
        ["risksByBand"] = Counts(r.RisksByBand),
        ["topRisks"] = new JsonArray([.. r.TopRisks.Select(x => (JsonNode)new JsonObject
        {
            ["id"] = x.Risk.Id,
            ["title"] = x.Risk.Title,
            ["owner"] = x.Risk.Owner,
            ["inherent"] = x.Risk.Inherent.Score,
            ["current"] = x.Current.Score,
            ["band"] = CliApp.Word(x.Current.Band),
            ["target"] = x.Target?.Score,
            ["targetAchieved"] = x.IsTargetAchieved,
            ["basis"] = x.Basis,
        })]),
        ["incidentTrend"] = new JsonArray([.. r.IncidentTrend.Select(m => (JsonNode)new JsonObject
        {
            ["month"] = string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}"),
            ["total"] = m.Total,
            ["serious"] = m.Serious,
        })]),
        ["openIncidents"] = r.OpenIncidents,
        ["soaProgress"] = new JsonObject
        {
            ["applicable"] = r.SoaProgress.Applicable,
            ["excluded"] = r.SoaProgress.Excluded,
            ["implemented"] = r.SoaProgress.Implemented,
            ["inProgress"] = r.SoaProgress.InProgress,
            ["planned"] = r.SoaProgress.Planned,
            ["notStarted"] = r.SoaProgress.NotStarted,
            ["percentImplemented"] = r.SoaProgress.PercentImplemented,
        },
        ["openNonconformities"] = new JsonArray([.. r.OpenNonconformities.Select(n => (JsonNode)new JsonObject
        {
            ["id"] = n.Id,
            ["description"] = n.Description,
            ["raisedOn"] = CliApp.Date(n.RaisedOn),
        })]),
        ["overdueReviews"] = new JsonArray([.. r.OverdueReviews.Select(o => (JsonNode)new JsonObject
        {
            ["kind"] = o.Kind,
            ["id"] = o.Id,
            ["title"] = o.Title,
            ["dueOn"] = o.DueOn is null ? null : CliApp.Date(o.DueOn),
        })]),
    };

    private static JsonObject Counts<TKey>(IEnumerable<KeyValuePair<TKey, int>> counts)
        where TKey : struct, Enum
    {
        var obj = new JsonObject();
        foreach (var (key, value) in counts)
        {
            obj[CliApp.Word(key)] = value;
        }

        return obj;
    }
}
