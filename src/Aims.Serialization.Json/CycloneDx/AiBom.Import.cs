using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Aims.Model;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json;

public static partial class AiBom
{
    /// <summary>Reads the AI systems back from an untrusted CycloneDX ML-BOM (1.x JSON).</summary>
    /// <param name="json">The BOM text.</param>
    /// <param name="options">Size and depth limits; <see cref="AimsJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// One <see cref="AiSystem"/> per top-level component of type <c>machine-learning-model</c>, with the data
    /// components it references (through <c>dependencies</c> or <c>modelCard.modelParameters.datasets</c>) as data
    /// sources; <see cref="AimsResult{T}.Records"/> counts the model components read and accepted. A bad component
    /// is reported (<see cref="JsonDiagnosticCodes.InvalidAiBom"/>, at its JSON Pointer) and skipped; the others are kept.
    /// </returns>
    /// <remarks>
    /// <para>A BOM this class wrote reads back with everything it carries (see <see cref="AiBom"/>). From another
    /// tool's BOM, the system id is the component's <c>bom-ref</c> (whitespace made <c>-</c>), a data set without
    /// classification is read as <c>unclassified</c> and one without an <c>aims:use</c> property as training data
    /// (each with a warning), and energy figures need an <c>aims:periodStart</c>/<c>aims:periodEnd</c> property, else
    /// they are reported and skipped. Inventory members CycloneDX does not carry (deployments, traits, EU AI Act facts,
    /// components, evidence) stay empty.</para>
    /// <para>Never throws for bad content.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<ImmutableArray<AiSystem>> Import(string json, AimsJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= AimsJsonReadOptions.Default;
        options.ThrowIfInvalid();
        if (!AimsJson.TryEncode(json, options, out var bytes, out var tooLarge))
        {
            return AimsResult.Failure<ImmutableArray<AiSystem>>([tooLarge], default(RecordCounts));
        }

        var c = new ReadContext();
        Preflight.Scan(bytes, options.MaxDepth, c);
        if (c.HasErrors)
        {
            return AimsResult.Failure<ImmutableArray<AiSystem>>(c.Diagnostics, default(RecordCounts));
        }

        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "bomFormat") != "CycloneDX")
        {
            c.Error(ReadContext.Root, "Not a CycloneDX BOM: expected an object with \"bomFormat\": \"CycloneDX\".", JsonDiagnosticCodes.InvalidAiBom);
            return AimsResult.Failure<ImmutableArray<AiSystem>>(c.Diagnostics, default(RecordCounts));
        }

        if (Text(root, "specVersion") is not { } spec || !spec.StartsWith("1.", StringComparison.Ordinal))
        {
            c.Error("/specVersion", "Not a CycloneDX 1.x BOM: \"specVersion\" must be 1.x.", JsonDiagnosticCodes.InvalidAiBom);
            return AimsResult.Failure<ImmutableArray<AiSystem>>(c.Diagnostics, default(RecordCounts));
        }

        try
        {
            var systems = new BomReader(root, c).Systems(out var read);
            return AimsResult.From(systems, c.Diagnostics, new RecordCounts(read, systems.Length));
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString throws this for string escapes that are not valid UTF-16 (a lone surrogate).
            c.Error(ReadContext.Root, $"Not valid JSON text: {ex.Message}", JsonDiagnosticCodes.InvalidJson);
            return AimsResult.Failure<ImmutableArray<AiSystem>>(c.Diagnostics, default(RecordCounts));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<(JsonElement Item, int Index)> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((item, i) => (item, i))
            : [];

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private sealed class BomReader(JsonElement root, ReadContext c)
    {
        private readonly Dictionary<string, (JsonElement Component, string Path)> _data = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _dependsOn = new(StringComparer.Ordinal);

        public ImmutableArray<AiSystem> Systems(out int read)
        {
            foreach (var (component, i) in Items(root, "components"))
            {
                if (Text(component, "type") == "data" && Text(component, "bom-ref") is { } dataRef)
                {
                    _data.TryAdd(dataRef, (component, $"/components/{i}"));
                }
            }

            foreach (var (dependency, _) in Items(root, "dependencies"))
            {
                if (Text(dependency, "ref") is { } from)
                {
                    _dependsOn[from] = [.. Items(dependency, "dependsOn").Select(d => d.Item.ValueKind == JsonValueKind.String ? d.Item.GetString()! : "")];
                }
            }

            read = 0;
            var systems = ImmutableArray.CreateBuilder<AiSystem>();
            foreach (var (component, i) in Items(root, "components"))
            {
                if (Text(component, "type") != "machine-learning-model")
                {
                    continue;
                }

                read++;
                var errors = c.ErrorCount;
                var system = System(component, $"/components/{i}");
                if (system is not null && c.ErrorCount == errors)
                {
                    systems.Add(system);
                }
            }

            return systems.ToImmutable();
        }

        private AiSystem? System(JsonElement component, string p)
        {
            var props = Props(component, p);
            var bomRef = Text(component, "bom-ref");
            var id = First(props, "aims:id") ?? IdFrom(bomRef ?? Text(component, "name") ?? "");
            var name = Text(component, "name");
            if (name is null)
            {
                c.Error(p + "/name", "Required: the component's name.", JsonDiagnosticCodes.InvalidAiBom);
                return null;
            }

            var stage = Parse<LifecycleStage>(props, "aims:lifecycleStage", p);
            var level = Parse<RiskLevel>(props, "aims:riskLevel", p);
            var category = Parse<EuAiActRiskCategory>(props, "aims:euAiActCategory", p);
            var card = Member(component, "modelCard");
            var refs = (bomRef is not null && _dependsOn.TryGetValue(bomRef, out var deps) ? deps : [])
                .Concat(Items(Member(card, "modelParameters"), "datasets").Select(d => Text(d.Item, "ref") ?? ""))
                .Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var sources = new List<DataSource>();
            foreach (var dataRef in refs)
            {
                if (_data.TryGetValue(dataRef, out var data) && DataSource(data.Component, data.Path) is { } source)
                {
                    sources.Add(source);
                }
            }

            var lineage = Lineage(component, props, p);
            var ethics = Ethics(card, props, p);
            var sustainability = Sustainability(card, p);
            return Build(p, () => new AiSystem(id, name)
                .WithVersion(Text(component, "version")).WithPurpose(Text(component, "description")).WithOwner(First(props, "aims:owner"))
                .WithLifecycleStage(stage ?? default).WithRiskLevel(level ?? default).WithEuAiActCategory(category ?? default)
                .WithDataSources(sources).WithLineage(lineage).WithEthicsDisclosure(ethics).WithSustainability(sustainability));
        }

        private DataSource? DataSource(JsonElement component, string p)
        {
            var props = Props(component, p);
            var data = Items(component, "data").Select(d => d.Item).FirstOrDefault();
            var name = Text(component, "name") ?? Text(data, "name");
            var id = First(props, "aims:id") ?? IdFrom(Text(component, "bom-ref") ?? name ?? "");
            var classification = Text(data, "classification");
            if (classification is null)
            {
                c.Warning(p + "/data/0/classification", "No classification: read as \"unclassified\".", JsonDiagnosticCodes.InvalidAiBom);
            }

            var use = Parse<DataUse>(props, "aims:use", p);
            if (First(props, "aims:use") is null)
            {
                c.Warning(p + "/properties", "No aims:use property: read as training data.", JsonDiagnosticCodes.InvalidAiBom);
            }

            var categories = new List<DataCategory>();
            foreach (var (item, k) in Items(data, "sensitiveData"))
            {
                if (item.ValueKind == JsonValueKind.String && EnumText.TryParse<DataCategory>(item.GetString()!, out var category))
                {
                    categories.Add(category);
                }
                else
                {
                    c.Warning($"{p}/data/0/sensitiveData/{k}", $"Not a data category ({EnumText.Names<DataCategory>()}); ignored.", JsonDiagnosticCodes.InvalidAiBom);
                }
            }

            return Build(p, () => new DataSource(id, name ?? id, classification ?? "unclassified", use ?? DataUse.Training)
                .WithOrigin(First(props, "aims:origin")).WithCategories(categories).WithRetention(First(props, "aims:retention"))
                .WithRegions(All(props, "aims:region")).WithLegalBasis(First(props, "aims:legalBasis")));
        }

        private ModelLineage? Lineage(JsonElement component, List<(string Name, string Value, string Path)> props, string p)
        {
            var ancestor = Items(Member(component, "pedigree"), "ancestors").Select(a => a.Item).FirstOrDefault();
            if (ancestor.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var ap = p + "/pedigree/ancestors/0";
            var runs = Dtos(props, "aims:modelRun", AimsJsonContext.Default.ModelRunDto).Select(x =>
            {
                var before = c.ErrorCount;
                var kind = c.RequiredEnum<ModelRunKind>(x.Dto.Kind, x.Path);
                var on = c.RequiredDate(x.Dto.CompletedOn, x.Path);
                return c.ErrorCount > before ? null : Build(x.Path, () => new ModelRun(x.Dto.Id!, kind, on).WithModelVersion(x.Dto.ModelVersion)
                    .WithDataSourceIds(x.Dto.DataSourceIds?.Select(s => s ?? "") ?? []).WithResult(x.Dto.Result));
            }).OfType<ModelRun>().ToList();
            var approvals = Dtos(props, "aims:modelApproval", AimsJsonContext.Default.ModelApprovalDto).Select(x =>
            {
                var before = c.ErrorCount;
                var on = c.RequiredDate(x.Dto.ApprovedOn, x.Path);
                return c.ErrorCount > before ? null : Build(x.Path, () => new ModelApproval(x.Dto.ModelVersion!, x.Dto.ApprovedBy!, on));
            }).OfType<ModelApproval>().ToList();
            return Build(ap, () => new ModelLineage(Text(ancestor, "name")!, Text(Member(ancestor, "supplier"), "name") ?? "unknown")
                .WithBaseModelVersion(Text(ancestor, "version")).WithFineTuningDataSourceIds(All(props, "aims:fineTuningDataSourceId"))
                .WithRuns(runs).WithApprovals(approvals));
        }

        private DataEthicsDisclosure? Ethics(JsonElement card, List<(string Name, string Value, string Path)> props, string p)
        {
            var considerations = Member(card, "considerations");
            var cardProps = Props(card, p + "/modelCard");
            var evaluations = Dtos(cardProps, "aims:fairnessEvaluation", AimsJsonContext.Default.FairnessEvaluationDto).Select(x =>
            {
                var before = c.ErrorCount;
                var on = c.RequiredDate(x.Dto.EvaluatedOn, x.Path);
                if (x.Dto.Result is not { } result)
                {
                    c.Error(x.Path, "Required: the result of the fairness evaluation.", JsonDiagnosticCodes.InvalidAiBom);
                    return null;
                }

                return c.ErrorCount > before ? null : Build(x.Path, () => new FairnessEvaluation(x.Dto.Metric!, x.Dto.ProtectedAttribute!, result, x.Dto.Passed, on).WithThreshold(x.Dto.Threshold));
            }).OfType<FairnessEvaluation>().ToList();
            var disclosure = Build(p + "/modelCard/considerations", () => new DataEthicsDisclosure()
                .WithIntendedUses(StringItems(considerations, "useCases")).WithKnownLimitations(StringItems(considerations, "technicalLimitations"))
                .WithProhibitedUses(All(props, "aims:prohibitedUse")).WithFairnessEvaluations(evaluations));
            return disclosure is { IsEmpty: false } ? disclosure : null;
        }

        private List<SustainabilityMeasurement> Sustainability(JsonElement card, string p)
        {
            var environmental = Member(Member(card, "considerations"), "environmentalConsiderations");
            var ep = p + "/modelCard/considerations/environmentalConsiderations";
            var ours = Dtos(Props(environmental, ep), "aims:sustainability", AimsJsonContext.Default.SustainabilityDto).ToList();
            if (ours.Count > 0)
            {
                return [.. ours.Select(x =>
                {
                    var before = c.ErrorCount;
                    var metric = c.RequiredEnum<SustainabilityMetric>(x.Dto.Metric, x.Path);
                    var start = c.RequiredDate(x.Dto.PeriodStart, x.Path);
                    var end = c.RequiredDate(x.Dto.PeriodEnd, x.Path);
                    return c.ErrorCount > before ? null : Build(x.Path, () => new SustainabilityMeasurement(metric, x.Dto.Value ?? double.NaN, x.Dto.Method!, start, end));
                }).OfType<SustainabilityMeasurement>()];
            }

            // Another tool's BOM: the energy of training and inference, where a period is given.
            var figures = new List<SustainabilityMeasurement>();
            foreach (var (consumption, k) in Items(environmental, "energyConsumptions"))
            {
                var cp = $"{ep}/energyConsumptions/{k}";
                var props = Props(consumption, cp);
                var metric = Text(consumption, "activity") switch
                {
                    "training" or "fine-tuning" => SustainabilityMetric.TrainingEnergy,
                    "inference" => SustainabilityMetric.InferenceEnergy,
                    _ => (SustainabilityMetric?)null,
                };
                var cost = Member(consumption, "activityEnergyCost");
                if (metric is not { } m || Member(cost, "value") is not { ValueKind: JsonValueKind.Number } value
                    || !DateOnly.TryParseExact(First(props, "aims:periodStart"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || !DateOnly.TryParseExact(First(props, "aims:periodEnd"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
                {
                    c.Warning(cp, "Skipped: an energy figure is read for training or inference with a kWh cost and aims:periodStart/aims:periodEnd properties.", JsonDiagnosticCodes.InvalidAiBom);
                    continue;
                }

                if (Build(cp, () => new SustainabilityMeasurement(m, value.GetDouble(), First(props, "aims:method") ?? "CycloneDX energy consumption", start, end)) is { } figure)
                {
                    figures.Add(figure);
                }
            }

            return figures;
        }

        private static List<(string Name, string Value, string Path)> Props(JsonElement element, string p) =>
            [.. Items(element, "properties")
                .Where(x => Text(x.Item, "name") is not null && Text(x.Item, "value") is not null)
                .Select(x => (Text(x.Item, "name")!, Text(x.Item, "value")!, $"{p}/properties/{x.Index}/value"))];

        private IEnumerable<(T Dto, string Path)> Dtos<T>(List<(string Name, string Value, string Path)> props, string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
            where T : Dto
        {
            foreach (var (_, value, path) in props.Where(x => x.Name == name))
            {
                T? dto = null;
                try
                {
                    dto = JsonSerializer.Deserialize(value, type);
                }
                catch (JsonException ex)
                {
                    c.Error(path, $"Not the JSON object {name} holds: {ex.Message}", JsonDiagnosticCodes.InvalidAiBom);
                }

                if (dto is not null)
                {
                    yield return (dto, path);
                }
            }
        }

        private TEnum? Parse<TEnum>(List<(string Name, string Value, string Path)> props, string name, string p)
            where TEnum : struct, Enum
        {
            var found = props.FirstOrDefault(x => x.Name == name);
            return found.Name is null ? null : c.EnumOrNull<TEnum>(found.Value, found.Path);
        }

        private T? Build<T>(string path, Func<T> create)
            where T : class
        {
            try
            {
                return create();
            }
            catch (ArgumentException ex)
            {
                c.Error(path, ex.Message, JsonDiagnosticCodes.InvalidAiBom);
                return null;
            }
        }

        private static string? First(List<(string Name, string Value, string Path)> props, string name) =>
            props.FirstOrDefault(x => x.Name == name).Value;

        private static List<string> All(List<(string Name, string Value, string Path)> props, string name) =>
            [.. props.Where(x => x.Name == name && !string.IsNullOrWhiteSpace(x.Value)).Select(x => x.Value)];

        private static List<string> StringItems(JsonElement element, string name) =>
            [.. Items(element, name).Where(x => x.Item.ValueKind == JsonValueKind.String).Select(x => x.Item.GetString()!).Where(s => !string.IsNullOrWhiteSpace(s))];

        private static string IdFrom(string text)
        {
            var id = string.Concat(text.Select(ch => char.IsWhiteSpace(ch) || char.IsControl(ch) ? '-' : ch));
            id = id.StartsWith(SystemRef, StringComparison.Ordinal) ? id[SystemRef.Length..] : id;
            return id.Length > AiSystem.MaxIdLength ? id[..AiSystem.MaxIdLength] : id;
        }
    }
}
