using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The <c>eu-ai-act obligations</c> command: for a profile given as options, or for a system of a workspace from its recorded facts.</summary>
internal static class EuAiActCommands
{
    private const string Source = "Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744 (amended dates reported, not read in the Official Journal); reasons are Aims' summaries, not legal advice.";

    public static int Obligations(
        IReadOnlyList<string> roles, string? category, string? annex, IReadOnlySet<string> flags, DateOnly? onMarket,
        (bool? EmotionRecognition, bool? DeepFakes) article50, DateOnly asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        var parsedRoles = roles.Select(r => (r, ok: Enum.TryParse<EuAiActOperatorRole>(r.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var role), role)).ToList();
        var hasCategory = Enum.TryParse<EuAiActRiskCategory>(category?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var riskCategory)
            && Enum.IsDefined(riskCategory) && category is not null && !int.TryParse(category, out _);
        if (parsedRoles.Count == 0 || parsedRoles.Any(r => !r.ok || !Enum.IsDefined(r.role) || int.TryParse(r.r, out _)) || !hasCategory)
        {
            stderr.WriteLine("error: give --role (provider, deployer, importer, distributor, authorised-representative, product-manufacturer) and "
                + "--category (prohibited, high, limited, minimal, general-purpose), or --system <id> to answer from a system's recorded facts.");
            return CliApp.Unusable;
        }

        if (annex is not null && !System.Text.RegularExpressions.Regex.IsMatch(annex, "^AnnexIII\\.[1-8]$"))
        {
            stderr.WriteLine($"error: --annex '{annex}' is not an Annex III area; give AnnexIII.1 to AnnexIII.8.");
            return CliApp.Unusable;
        }

        if (flags.Contains("--open-source") && !flags.Contains("--gpai") && riskCategory != EuAiActRiskCategory.GeneralPurpose)
        {
            stderr.WriteLine("error: --open-source concerns general-purpose AI models: add --gpai or use --category general-purpose.");
            return CliApp.Unusable;
        }

        AiActProfile profile;
        try
        {
            profile = new AiActProfile(parsedRoles.Select(r => r.role), riskCategory, annex, flags.Contains("--public-body"), flags.Contains("--gpai"),
                flags.Contains("--systemic-risk"), flags.Contains("--outside-eu"), flags.Contains("--open-source"))
                .WithAnnexIProduct(flags.Contains("--annex-i")).WithPlacedOnMarketOn(onMarket)
                .WithEmotionRecognitionOrBiometricCategorisation(article50.EmotionRecognition).WithDeepFakesOrPublicInterestText(article50.DeepFakes);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return CliApp.Unusable;
        }

        var obligations = EuAiActObligations.For(profile);
        if (json)
        {
            var answer = new JsonObject
            {
                ["roles"] = Roles(profile.Roles),
                ["category"] = CliApp.Word(profile.Category),
                ["annexIIIArea"] = profile.AnnexIIIArea,
            };
            stdout.WriteLine(Complete(answer, obligations, asOf).ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"EU AI Act obligations for {string.Join(" + ", profile.Roles.Select(CliApp.Word))} of a {CliApp.Word(profile.Category)} system{(annex is null ? "" : $" ({annex})")} as of {CliApp.Date(asOf)}:");
        WriteText(stdout, obligations, asOf, fromOptions: true);
        return CliApp.Ok;
    }

    /// <summary>
    /// The obligations of one system of a workspace (the demo without <c>--workspace</c>), from the EU AI Act facts it
    /// records (<see cref="AiActProfile.For"/>): roles, category, Annex III area, flags, derogation claim and Art. 50 facts.
    /// </summary>
    public static int ForSystem(string systemId, string? workspaceFile, DateOnly asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        if (workspace.Systems.FirstOrDefault(s => s.Id == systemId) is not { } system)
        {
            stderr.WriteLine($"error: no AI system '{systemId}' in the workspace; systems: {string.Join(", ", workspace.Systems.Select(s => s.Id))}.");
            return CliApp.Unusable;
        }

        AiActProfile? profile;
        try
        {
            profile = AiActProfile.For(system);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: the EU AI Act facts of '{systemId}' do not fit together: {ex.Message}");
            return CliApp.Unusable;
        }

        var obligations = profile is null ? [] : EuAiActObligations.For(profile);
        if (json)
        {
            var answer = new JsonObject
            {
                ["system"] = system.Id,
                ["name"] = system.Name,
                ["roles"] = Roles(system.OperatorRoles),
                ["category"] = CliApp.Word(system.EuAiActCategory),
                ["annexIIIArea"] = system.AnnexIIIArea,
                ["facts"] = Facts(system),
            };
            if (profile is null)
            {
                answer["note"] = "No EU AI Act operator role recorded for the system: no duty derived for the organization.";
            }

            stdout.WriteLine(Complete(answer, obligations, asOf).ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        var roles = system.OperatorRoles.IsEmpty ? "no operator role" : string.Join(" + ", system.OperatorRoles.Select(CliApp.Word));
        var facts = string.Join(", ", new[]
        {
            system.AnnexIIIArea,
            system.Article6Derogation is { } d ? $"Art. 6(3) claim: {CliApp.Word(d.Condition)}" : null,
            system.IsGeneralPurposeModel ? "general-purpose model" : null,
            system.DeployerIsPublicBody ? "public-body deployer" : null,
            system.HasSystemicRisk ? "systemic risk" : null,
            system.IsOpenSource ? "open-source model" : null,
            system.IsAnnexIProduct ? "Annex I product" : null,
            system.PlacedOnMarketOn is { } placed ? $"on the market since {CliApp.Date(placed)}" : null,
        }.OfType<string>());
        stdout.WriteLine($"EU AI Act obligations of {system.Id} ({system.Name}): {roles} of a {CliApp.Word(system.EuAiActCategory)} system"
            + $"{(facts.Length == 0 ? "" : $" ({facts})")} as of {CliApp.Date(asOf)}, from the facts it records:");
        if (profile is null)
        {
            stdout.WriteLine("  No EU AI Act operator role recorded for the system: no duty derived for the organization.");
        }

        WriteText(stdout, obligations, asOf, fromOptions: false);
        return CliApp.Ok;
    }

    private static JsonArray Roles(IEnumerable<EuAiActOperatorRole> roles) => new([.. roles.Select(r => (JsonNode)JsonValue.Create(CliApp.Word(r)))]);

    /// <summary>The system's recorded EU AI Act facts beyond roles, category and area, as in the workspace JSON (<c>null</c>: not recorded).</summary>
    private static JsonObject Facts(AiSystem s) => new()
    {
        ["isGeneralPurposeModel"] = s.IsGeneralPurposeModel,
        ["deployerIsPublicBody"] = s.DeployerIsPublicBody,
        ["article6Derogation"] = s.Article6Derogation is { } d ? new JsonObject
        {
            ["condition"] = CliApp.Word(d.Condition),
            ["assessmentDocumented"] = d.Assessment is not null,
            ["registeredOn"] = d.RegisteredOn is { } r ? CliApp.Date(r) : null,
        } : null,
        ["isEmotionRecognitionOrBiometricCategorisation"] = s.IsEmotionRecognitionOrBiometricCategorisation,
        ["publishesDeepFakesOrPublicInterestText"] = s.PublishesDeepFakesOrPublicInterestText,
        ["profilesNaturalPersons"] = s.ProfilesNaturalPersons,
        ["hasSystemicRisk"] = s.HasSystemicRisk,
        ["isOpenSource"] = s.IsOpenSource,
        ["isAnnexIProduct"] = s.IsAnnexIProduct,
        ["placedOnMarketOn"] = s.PlacedOnMarketOn is { } placed ? CliApp.Date(placed) : null,
    };

    private static JsonObject Complete(JsonObject answer, IReadOnlyCollection<AiActObligation> obligations, DateOnly asOf)
    {
        answer["asOf"] = CliApp.Date(asOf);
        answer["prohibited"] = obligations.Any(o => o.IsProhibition);
        answer["obligations"] = new JsonArray([.. obligations.Select(o => (JsonNode)new JsonObject
        {
            ["article"] = o.ArticleId,
            ["title"] = o.Title,
            ["reason"] = o.Reason,
            ["prohibition"] = o.IsProhibition,
            ["appliesFrom"] = o.AppliesFrom is { } from ? CliApp.Date(from) : null,
            ["applicable"] = o.AppliesOn(asOf),
            ["appliesIf"] = o.Condition,
            ["dateSource"] = o.Application is { } row ? new JsonObject
            {
                ["provision"] = row.Provision,
                ["source"] = row.Source,
                ["amendedBy"] = row.AmendedBy,
                ["certainty"] = CliApp.Word(row.Certainty),
            } : null,
        })]);
        answer["source"] = Source;
        return answer;
    }

    private static void WriteText(TextWriter stdout, IEnumerable<AiActObligation> obligations, DateOnly asOf, bool fromOptions)
    {
        foreach (var o in obligations)
        {
            var when = o.AppliesFrom is not { } from ? "" : o.AppliesOn(asOf) ? $" (applies since {CliApp.Date(from)})" : $" (not yet: applies from {CliApp.Date(from)})";
            stdout.WriteLine($"  {(o.IsProhibition ? "PROHIBITED " : "")}{o.ArticleId,-10} {o.Title}{when}");
            stdout.WriteLine($"             {o.Reason}");
            if (o.Condition is { } condition)
            {
                var fact = o.ArticleId == "Art.50(3)" ? ("--emotion-recognition", "isEmotionRecognitionOrBiometricCategorisation") : ("--deep-fake", "publishesDeepFakesOrPublicInterestText");
                stdout.WriteLine($"             Applies only if {condition}: not recorded ({(fromOptions ? $"say {fact.Item1} yes|no" : $"record {fact.Item2} for the system")}).");
            }
        }

        stdout.WriteLine(Source);
    }
}
