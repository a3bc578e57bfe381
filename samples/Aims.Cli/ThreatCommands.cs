using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Cli;

/// <summary>The <c>risk suggest</c> command: the AI threats a system's traits make relevant, their scenario templates, and the controls that treat them.</summary>
internal static class ThreatCommands
{
    private const int TemplateTrials = 20_000;

    public static int Suggest(string? systemId, string? traitList, string? workspaceFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (traitList is null && systemId is null)
        {
            stderr.WriteLine($"error: risk suggest needs --system <id> or --traits <list> (comma-separated: {Vocabulary.WordList<AiSystemTrait>()}).");
            return CliApp.Unusable;
        }

        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var traits = new List<AiSystemTrait>();
        AiSystem? system = null;
        if (systemId is not null)
        {
            system = workspace.Systems.FirstOrDefault(s => s.Id == systemId);
            if (system is null)
            {
                stderr.WriteLine($"error: no AI system '{systemId}' in the workspace; systems: {string.Join(", ", workspace.Systems.Select(s => s.Id))}.");
                return CliApp.Unusable;
            }

            if (system.Traits.IsEmpty && traitList is null)
            {
                stderr.WriteLine($"error: AI system '{systemId}' records no traits; record them (traits in the inventory) or give --traits.");
                return CliApp.Unusable;
            }

            traits.AddRange(system.Traits);
        }

        foreach (var word in (traitList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Vocabulary.TryParse<AiSystemTrait>(word, out var trait))
            {
                stderr.WriteLine($"error: '{word}' is not a system trait; use {Vocabulary.WordList<AiSystemTrait>()}.");
                return CliApp.Unusable;
            }

            if (!traits.Contains(trait))
            {
                traits.Add(trait);
            }
        }

        var options = new FairSimulationOptions { Trials = TemplateTrials, Seed = 1 };
        var threats = ThreatCatalogs.Relevant(traits).Select(threat =>
        {
            var template = ThreatScenarioTemplates.Find(threat.FrameworkId, threat.Id);
            var result = template is null ? null : FairSimulator.Run(template.Scenario, options);
            var controls = Crosswalk.BuiltIn.Related(threat.FrameworkId, threat.Id, FrameworkIds.Iso42001)
                .Select(m => (Id: m.Mapping.TargetId, Title: Iso42001.Catalog.TryGetItem(m.Mapping.TargetId, out var item) ? item.Title : null,
                    Status: SoaStatus(workspace, m.Mapping.TargetId), Confidence: m.Mapping.Confidence)).ToList();
            var subcategories = Crosswalk.BuiltIn.Related(threat.FrameworkId, threat.Id, FrameworkIds.NistAiRmf).Select(m => m.Mapping.TargetId).ToList();
            return (Threat: threat, Template: template, Result: result, Controls: controls, Subcategories: subcategories);
        }).ToList();

        var currency = workspace.Currency;
        if (json)
        {
            var array = new JsonArray();
            foreach (var t in threats)
            {
                array.Add(new JsonObject
                {
                    ["framework"] = t.Threat.FrameworkId,
                    ["id"] = t.Threat.Id,
                    ["title"] = t.Threat.Title,
                    ["requires"] = Words(ThreatCatalogs.RequiredTraits(t.Threat)),
                    ["heightenedBy"] = Words(ThreatCatalogs.HeighteningTraits(t.Threat).Where(traits.Contains)),
                    ["stages"] = Words(ThreatCatalogs.Stages(t.Threat)),
                    ["template"] = t.Template is null ? null : new JsonObject
                    {
                        ["name"] = t.Template.Scenario.Name,
                        ["illustrative"] = t.Template.IsIllustrative,
                        ["drives"] = Words(t.Template.Drives),
                        ["lossForms"] = Words(t.Template.LossForms),
                        ["annualLossExpectancy"] = Math.Round(t.Result!.Mean, 2),
                        ["p90"] = Math.Round(t.Result.Percentile(0.9), 2),
                        ["trials"] = TemplateTrials,
                        ["reasoning"] = t.Template.Reasoning,
                    },
                    ["controls"] = new JsonArray([.. t.Controls.Select(c => (JsonNode)new JsonObject
                    {
                        ["id"] = c.Id,
                        ["title"] = c.Title ?? c.Id,
                        ["soaStatus"] = c.Status,
                        ["confidence"] = CliApp.Word(c.Confidence),
                    })]),
                    ["nistAiRmf"] = new JsonArray([.. t.Subcategories.Select(s => (JsonNode)s)]),
                });
            }

            stdout.WriteLine(new JsonObject
            {
                ["system"] = system?.Id,
                ["traits"] = Words(traits),
                ["currency"] = currency,
                ["threats"] = array,
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        string Money(double x) => x.ToString("N0", CultureInfo.InvariantCulture) + (currency is null ? "" : " " + currency);
        stdout.WriteLine($"{threats.Count} threat(s) for {(system is null ? "a system" : $"{system.Name} ({system.Id})")} with {string.Join(", ", traits.Select(t => Vocabulary.Word(t)))} (templates illustrative until calibrated; {TemplateTrials:N0} trials each):");
        foreach (var t in threats)
        {
            var heightened = ThreatCatalogs.HeighteningTraits(t.Threat).Where(traits.Contains).Select(x => Vocabulary.Word(x)).ToList();
            stdout.WriteLine();
            stdout.WriteLine($"{t.Threat.Id}  {t.Threat.Title}  [{t.Threat.FrameworkId}; stages {string.Join(", ", ThreatCatalogs.Stages(t.Threat).Select(s => Vocabulary.Word(s)))}"
                + (heightened.Count > 0 ? $"; heightened by {string.Join(", ", heightened)}]" : "]"));
            if (t.Template is not null)
            {
                stdout.WriteLine($"  template: ALE {Money(t.Result!.Mean)}, P90 {Money(t.Result.Percentile(0.9))} ({(t.Template.IsIllustrative ? "illustrative" : "calibrated")}); drives {string.Join(", ", t.Template.Drives.Select(d => Vocabulary.Word(d)))}");
            }

            stdout.WriteLine($"  ISO/IEC 42001 controls: {string.Join("; ", t.Controls.Select(c => $"{c.Id} {c.Title} ({c.Status})"))}");
            stdout.WriteLine($"  NIST AI RMF: {string.Join(", ", t.Subcategories)}");
        }

        return CliApp.Ok;
    }

    /// <summary>The SoA status a person reads: implemented, in progress, planned, not started, not applicable, or not in the SoA.</summary>
    private static string SoaStatus(AimsWorkspace workspace, string controlId) => workspace.Soa?.Find(controlId) switch
    {
        null => "not in the SoA",
        { IsApplicable: false } => "not applicable",
        var entry => entry.Status switch
        {
            ImplementationStatus.Implemented => entry.Evidence.IsEmpty ? "implemented, no evidence" : "implemented",
            ImplementationStatus.InProgress => "in progress",
            ImplementationStatus.Planned => "planned",
            _ => "not started",
        },
    };

    private static JsonArray Words<T>(IEnumerable<T> values)
        where T : struct, Enum => new([.. values.Select(v => (JsonNode)Vocabulary.Word(v))]);
}
