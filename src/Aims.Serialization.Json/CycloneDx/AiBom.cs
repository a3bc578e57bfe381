using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Model;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json;

/// <summary>
/// The AI system inventory as a CycloneDX 1.6 ML-BOM, and back: each AI system is a component of type
/// <c>machine-learning-model</c> with a <c>modelCard</c>, each of its data sources a component of type <c>data</c>.
/// </summary>
/// <remarks>
/// <para>Where CycloneDX has a field, it is used: the system's name, version and purpose; the base model as a
/// <c>pedigree</c> ancestor (its provider as supplier); the data sources as <c>modelCard.modelParameters.datasets</c>
/// references and as <c>dependencies</c> of the model; intended uses and known limitations as the model card's
/// <c>useCases</c> and <c>technicalLimitations</c>; fairness results as <c>quantitativeAnalysis.performanceMetrics</c>
/// (type, slice = protected attribute, value); energy as <c>considerations.environmentalConsiderations.energyConsumptions</c>
/// (activity <c>training</c> or <c>inference</c>, kWh) with the emissions of the same activity and period as
/// <c>co2CostEquivalent</c> (converted from kg to tCO2eq); a data set's classification and sensitive-data categories
/// as <c>data[0].classification</c> and <c>sensitiveData</c>.</para>
/// <para>What CycloneDX has no field for travels in <c>properties</c> named <c>aims:…</c> (ids, owner, life cycle
/// stage, risk level, EU AI Act category, prohibited uses, model runs and approvals, every sustainability figure with
/// its method and period, water, a data set's use, origin, retention, regions and legal basis), so
/// <see cref="Import"/> reads back what it wrote.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static partial class AiBom
{
    /// <summary>The CycloneDX specification version written: <c>1.6</c>.</summary>
    public const string SpecVersion = "1.6";

    private const string SystemRef = "aims:system:";
    private const string DataRef = "aims:data:";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports the AI systems of a workspace as a CycloneDX 1.6 ML-BOM.</summary>
    /// <param name="workspace">The workspace; its organization is the BOM's supplier.</param>
    /// <param name="options">Clock and formatting; <see cref="AiBomExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The BOM as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static string Export(AimsWorkspace workspace, AiBomExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        options ??= AiBomExportOptions.Default;
        var now = options.TimeProvider.GetUtcNow();
        var timestamp = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var components = new JsonArray();
        var dependencies = new JsonArray();
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var system in workspace.Systems)
        {
            var systemRef = Unique(refs, SystemRef + system.Id);
            var dataRefs = new List<string>();
            var dataComponents = new List<JsonNode>();
            foreach (var source in system.DataSources)
            {
                var dataRef = Unique(refs, DataRef + system.Id + ":" + source.Id);
                dataRefs.Add(dataRef);
                dataComponents.Add(DataComponent(source, dataRef));
            }

            components.Add(ModelComponent(system, systemRef, Unique(refs, systemRef + ":base"), dataRefs));
            foreach (var data in dataComponents)
            {
                components.Add(data);
            }

            dependencies.Add(new JsonObject { ["ref"] = systemRef, ["dependsOn"] = new JsonArray([.. dataRefs.Distinct(StringComparer.Ordinal).Select(r => (JsonNode)r)]) });
            foreach (var dataRef in dataRefs)
            {
                dependencies.Add(new JsonObject { ["ref"] = dataRef, ["dependsOn"] = new JsonArray() });
            }
        }

        var bom = new JsonObject
        {
            ["$schema"] = "http://cyclonedx.org/schema/bom-1.6.schema.json",
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = SpecVersion,
            ["serialNumber"] = "urn:uuid:" + Oscal.OscalText.Uuid("aibom", workspace.Organization, timestamp),
            ["version"] = 1,
            ["metadata"] = new JsonObject
            {
                ["timestamp"] = timestamp,
                ["tools"] = new JsonObject
                {
                    ["components"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "library",
                        ["name"] = "Aims.Serialization.Json",
                        ["version"] = typeof(AiBom).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                    }),
                },
                ["supplier"] = new JsonObject { ["name"] = workspace.Organization },
                ["properties"] = Properties([("aims:organization", workspace.Organization)]),
            },
            ["components"] = components,
            ["dependencies"] = dependencies,
        };
        return bom.ToJsonString(options.Indented ? Indented : Compact);
    }

    private static string Unique(HashSet<string> refs, string wanted)
    {
        var candidate = wanted;
        for (var n = 2; !refs.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{wanted}#{n}");
        }

        return candidate;
    }

    private static JsonObject ModelComponent(AiSystem system, string systemRef, string baseRef, List<string> dataRefs)
    {
        var props = new List<(string, string?)>
        {
            ("aims:id", system.Id),
            ("aims:owner", system.Owner),
            ("aims:lifecycleStage", EnumText.Write(system.LifecycleStage)),
            ("aims:riskLevel", EnumText.Write(system.RiskLevel)),
            ("aims:euAiActCategory", EnumText.Write(system.EuAiActCategory)),
        };
        var component = new JsonObject
        {
            ["type"] = "machine-learning-model",
            ["bom-ref"] = systemRef,
            ["name"] = system.Name,
        };
        if (system.Version is { } version)
        {
            component["version"] = version;
        }

        if (system.Purpose is { } purpose)
        {
            component["description"] = purpose;
        }

        if (system.Lineage is { } lineage)
        {
            var ancestor = new JsonObject
            {
                ["type"] = "machine-learning-model",
                ["bom-ref"] = baseRef,
                ["supplier"] = new JsonObject { ["name"] = lineage.Provider },
                ["name"] = lineage.BaseModel,
            };
            if (lineage.BaseModelVersion is { } baseVersion)
            {
                ancestor["version"] = baseVersion;
            }

            component["pedigree"] = new JsonObject
            {
                ["ancestors"] = new JsonArray(ancestor),
                ["notes"] = LineageNotes(lineage),
            };
            props.AddRange(lineage.FineTuningDataSourceIds.Select(id => ("aims:fineTuningDataSourceId", (string?)id)));
            props.AddRange(lineage.Runs.Select(r => ("aims:modelRun", (string?)Json(new ModelRunDto
            {
                Id = r.Id,
                Kind = EnumText.Write(r.Kind),
                CompletedOn = ModelWriter.Date(r.CompletedOn),
                ModelVersion = r.ModelVersion,
                DataSourceIds = r.DataSourceIds.IsEmpty ? null : [.. r.DataSourceIds],
                Result = r.Result,
            }))));
            props.AddRange(lineage.Approvals.Select(a => ("aims:modelApproval", (string?)Json(new ModelApprovalDto
            {
                ModelVersion = a.ModelVersion,
                ApprovedBy = a.ApprovedBy,
                ApprovedOn = ModelWriter.Date(a.ApprovedOn),
            }))));
        }

        var ethics = system.EthicsDisclosure;
        props.AddRange((ethics?.ProhibitedUses ?? []).Select(u => ("aims:prohibitedUse", (string?)u)));
        var cardProps = new List<(string, string?)>();
        cardProps.AddRange((ethics?.FairnessEvaluations ?? []).Select(f => ("aims:fairnessEvaluation", (string?)Json(new FairnessEvaluationDto
        {
            Metric = f.Metric,
            ProtectedAttribute = f.ProtectedAttribute,
            Result = f.Result,
            Passed = f.Passed,
            EvaluatedOn = ModelWriter.Date(f.EvaluatedOn),
            Threshold = f.Threshold,
        }))));

        var considerations = new JsonObject();
        if (ethics is not null && !ethics.IntendedUses.IsEmpty)
        {
            considerations["useCases"] = Strings(ethics.IntendedUses);
        }

        if (ethics is not null && !ethics.KnownLimitations.IsEmpty)
        {
            considerations["technicalLimitations"] = Strings(ethics.KnownLimitations);
        }

        if (ethics is not null && !ethics.ProhibitedUses.IsEmpty)
        {
            considerations["ethicalConsiderations"] = new JsonArray([.. ethics.ProhibitedUses.Select(u => (JsonNode)new JsonObject { ["name"] = "Prohibited use: " + u })]);
        }

        if (!system.Sustainability.IsEmpty)
        {
            considerations["environmentalConsiderations"] = Environmental(system);
        }

        var card = new JsonObject();
        if (dataRefs.Count > 0)
        {
            card["modelParameters"] = new JsonObject { ["datasets"] = new JsonArray([.. dataRefs.Select(r => (JsonNode)new JsonObject { ["ref"] = r })]) };
        }

        if (ethics is not null && !ethics.FairnessEvaluations.IsEmpty)
        {
            card["quantitativeAnalysis"] = new JsonObject
            {
                ["performanceMetrics"] = new JsonArray([.. ethics.FairnessEvaluations.Select(f => (JsonNode)new JsonObject
                {
                    ["type"] = f.Metric,
                    ["value"] = f.Result.ToString("R", CultureInfo.InvariantCulture),
                    ["slice"] = f.ProtectedAttribute,
                })]),
            };
        }

        if (considerations.Count > 0)
        {
            card["considerations"] = considerations;
        }

        if (cardProps.Count > 0)
        {
            card["properties"] = Properties(cardProps);
        }

        component["modelCard"] = card;
        component["properties"] = Properties(props);
        return component;
    }

    private static string LineageNotes(ModelLineage lineage)
    {
        var notes = $"Base model: {lineage}.";
        if (!lineage.FineTuningDataSourceIds.IsEmpty)
        {
            notes += $" Fine-tuned on {string.Join(", ", lineage.FineTuningDataSourceIds)}.";
        }

        notes += string.Concat(lineage.Runs.Select(r => string.Create(CultureInfo.InvariantCulture,
            $" {Vocabulary.Word(r.Kind)} run {r.Id} on {r.CompletedOn:yyyy-MM-dd}{(r.ModelVersion is { } v ? $" (version {v})" : "")}{(r.Result is { } x ? $": {x}" : "")}.")));
        notes += string.Concat(lineage.Approvals.Select(a => string.Create(CultureInfo.InvariantCulture, $" Version {a.ModelVersion} approved by {a.ApprovedBy} on {a.ApprovedOn:yyyy-MM-dd}.")));
        return notes;
    }

    private static JsonObject Environmental(AiSystem system)
    {
        var consumptions = new JsonArray();
        var provider = system.Deployments.IsEmpty ? "unknown" : system.Deployments[0].Provider;
        foreach (var energy in system.Sustainability.Where(m => m.Metric is SustainabilityMetric.TrainingEnergy or SustainabilityMetric.InferenceEnergy))
        {
            var training = energy.Metric == SustainabilityMetric.TrainingEnergy;
            var co2 = system.Sustainability.FirstOrDefault(m =>
                m.Metric == (training ? SustainabilityMetric.TrainingEmissions : SustainabilityMetric.InferenceEmissions)
                && m.PeriodStart == energy.PeriodStart && m.PeriodEnd == energy.PeriodEnd);
            var consumption = new JsonObject
            {
                ["activity"] = training ? "training" : "inference",
                ["energyProviders"] = new JsonArray(new JsonObject
                {
                    ["organization"] = new JsonObject { ["name"] = provider },
                    ["energySource"] = "unknown",
                    ["energyProvided"] = Measure(energy.Value, "kWh"),
                }),
                ["activityEnergyCost"] = Measure(energy.Value, "kWh"),
            };
            if (co2 is not null)
            {
                consumption["co2CostEquivalent"] = Measure(co2.Value / 1000, "tCO2eq");
            }

            var props = new List<(string, string?)>
            {
                ("aims:method", energy.Method),
                ("aims:periodStart", ModelWriter.Date(energy.PeriodStart)),
                ("aims:periodEnd", ModelWriter.Date(energy.PeriodEnd)),
            };
            if (co2 is not null)
            {
                props.Add(("aims:co2Method", co2.Method));
            }

            consumption["properties"] = Properties(props);
            consumptions.Add(consumption);
        }

        var environmental = new JsonObject();
        if (consumptions.Count > 0)
        {
            environmental["energyConsumptions"] = consumptions;
        }

        environmental["properties"] = Properties(system.Sustainability.Select(m => ("aims:sustainability", (string?)Json(new SustainabilityDto
        {
            Metric = EnumText.Write(m.Metric),
            Value = m.Value,
            Method = m.Method,
            PeriodStart = ModelWriter.Date(m.PeriodStart),
            PeriodEnd = ModelWriter.Date(m.PeriodEnd),
        }))));
        return environmental;
    }

    private static JsonObject Measure(double value, string unit) => new() { ["value"] = value, ["unit"] = unit };

    private static JsonObject DataComponent(DataSource source, string dataRef)
    {
        var data = new JsonObject
        {
            ["type"] = "dataset",
            ["name"] = source.Name,
            ["classification"] = source.Classification,
            ["description"] = $"Used for {Vocabulary.Word(source.Use)}." + (source.Origin is { } o ? $" Origin: {o}." : ""),
        };
        if (!source.Categories.IsEmpty)
        {
            data["sensitiveData"] = Strings(source.Categories.Select(c => Vocabulary.Word(c)));
        }

        var props = new List<(string, string?)>
        {
            ("aims:id", source.Id),
            ("aims:use", EnumText.Write(source.Use)),
            ("aims:origin", source.Origin),
            ("aims:retention", source.Retention),
        };
        props.AddRange(source.Regions.Select(r => ("aims:region", (string?)r)));
        props.Add(("aims:legalBasis", source.LegalBasis));
        return new JsonObject
        {
            ["type"] = "data",
            ["bom-ref"] = dataRef,
            ["name"] = source.Name,
            ["data"] = new JsonArray(data),
            ["properties"] = Properties(props),
        };
    }

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);

    private static JsonArray Properties(IEnumerable<(string Name, string? Value)> properties) =>
        new([.. properties.Where(p => p.Value is not null).Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["value"] = p.Value })]);

    private static string Json<T>(T dto)
        where T : Dto =>
        JsonSerializer.Serialize(dto, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)AimsJsonContext.Default.GetTypeInfo(typeof(T))!);
}
