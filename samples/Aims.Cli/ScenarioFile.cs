using System.Globalization;
using System.Text.Json;
using Aims.Risk;

namespace Aims.Cli;

/// <summary>
/// Reads the FAIR scenario file format of docs/fair-scenario-format.md: one scenario, or a portfolio with
/// <c>scenarios</c>. Every problem is collected with its JSON path; nothing throws on bad content.
/// </summary>
internal static class ScenarioFile
{
    private static readonly string[] NodeNames =
    [
        "lossEventFrequency", "threatEventFrequency", "contactFrequency", "probabilityOfAction", "vulnerability",
        "threatCapability", "resistanceStrength", "primaryLoss", "secondaryLossEventFrequency", "secondaryLoss",
    ];

    public sealed record Parsed(string Name, IReadOnlyList<FairScenario> Scenarios, bool IsPortfolio, FrequencyMode? Frequency, VulnerabilityMode? Vulnerability);

    public static (Parsed? Value, List<string> Problems) Read(string json)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return (null, [$"$: not valid JSON ({ex.Message})"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ["$: expected an object"]);
            }

            var (frequency, vulnerability) = Semantics(root, "$", problems);
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "scenario";
            if (root.TryGetProperty("scenarios", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
                {
                    problems.Add("$.scenarios: expected a non-empty array");
                    return (null, problems);
                }

                var scenarios = new List<FairScenario>();
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (Scenario(item, $"$.scenarios[{index}]", problems) is { } scenario)
                    {
                        scenarios.Add(scenario);
                    }

                    index++;
                }

                return problems.Count > 0 ? (null, problems) : (new Parsed(name, scenarios, true, frequency, vulnerability), problems);
            }

            var single = Scenario(root, "$", problems);
            return single is null || problems.Count > 0 ? (null, problems) : (new Parsed(single.Name, [single], false, frequency, vulnerability), problems);
        }
    }

    private static (FrequencyMode?, VulnerabilityMode?) Semantics(JsonElement root, string path, List<string> problems)
    {
        if (!root.TryGetProperty("semantics", out var semantics))
        {
            return (null, null);
        }

        FrequencyMode? frequency = null;
        VulnerabilityMode? vulnerability = null;
        if (semantics.TryGetProperty("frequency", out var f))
        {
            frequency = f.GetString() switch
            {
                "perEvent" => FrequencyMode.PerEvent,
                "expectedLoss" => FrequencyMode.ExpectedLoss,
                _ => Bad<FrequencyMode>(problems, $"{path}.semantics.frequency: expected \"perEvent\" or \"expectedLoss\""),
            };
        }

        if (semantics.TryGetProperty("vulnerability", out var v))
        {
            vulnerability = v.GetString() switch
            {
                "runAverage" => VulnerabilityMode.RunAverage,
                "perTrial" => VulnerabilityMode.PerTrial,
                _ => Bad<VulnerabilityMode>(problems, $"{path}.semantics.vulnerability: expected \"runAverage\" or \"perTrial\""),
            };
        }

        return (frequency, vulnerability);
    }

    private static T? Bad<T>(List<string> problems, string message)
        where T : struct
    {
        problems.Add(message);
        return null;
    }

    private static FairScenario? Scenario(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object");
            return null;
        }

        var before = problems.Count;
        var estimates = new Dictionary<string, Estimate>();
        foreach (var node in NodeNames)
        {
            if (element.TryGetProperty(node, out var e) && Estimate(e, $"{path}.{node}", problems) is { } estimate)
            {
                estimates[node] = estimate;
            }
        }

        var primaryForms = Forms(element, "primaryLossByForm", path, problems);
        var secondaryForms = Forms(element, "secondaryLossByForm", path, problems);
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : path;
            return new FairScenario(name,
                estimates.GetValueOrDefault("lossEventFrequency"), estimates.GetValueOrDefault("threatEventFrequency"),
                estimates.GetValueOrDefault("contactFrequency"), estimates.GetValueOrDefault("probabilityOfAction"),
                estimates.GetValueOrDefault("vulnerability"), estimates.GetValueOrDefault("threatCapability"),
                estimates.GetValueOrDefault("resistanceStrength"), estimates.GetValueOrDefault("primaryLoss"), primaryForms,
                estimates.GetValueOrDefault("secondaryLossEventFrequency"), estimates.GetValueOrDefault("secondaryLoss"), secondaryForms);
        }
        catch (FairValidationException ex)
        {
            problems.AddRange(ex.Problems.Select(p => $"{path}.{p.Path}: {p.Message}"));
            return null;
        }
    }

    private static Dictionary<LossForm, Estimate>? Forms(JsonElement element, string property, string path, List<string> problems)
    {
        if (!element.TryGetProperty(property, out var forms))
        {
            return null;
        }

        var result = new Dictionary<LossForm, Estimate>();
        foreach (var form in forms.EnumerateObject())
        {
            if (!Enum.TryParse<LossForm>(form.Name, ignoreCase: true, out var lossForm) || !Enum.IsDefined(lossForm))
            {
                problems.Add($"{path}.{property}.{form.Name}: unknown form of loss (productivity, response, replacement, finesAndJudgements, competitiveAdvantage, reputation)");
            }
            else if (Estimate(form.Value, $"{path}.{property}.{form.Name}", problems) is { } estimate)
            {
                result[lossForm] = estimate;
            }
        }

        return result;
    }

    private static Estimate? Estimate(JsonElement e, string path, List<string> problems)
    {
        double Number(string name)
        {
            if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d))
            {
                return d;
            }

            problems.Add($"{path}.{name}: expected a number");
            return double.NaN;
        }

        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: expected an object with a \"type\"");
            return null;
        }

        var gamma = e.TryGetProperty("gamma", out _) ? Number("gamma") : Aims.Risk.Estimate.DefaultPertGamma;
        return type.GetString() switch
        {
            "pert" => Aims.Risk.Estimate.Pert(Number("min"), Number("mode"), Number("max"), gamma),
            "pyfairPert" => Aims.Risk.Estimate.PyfairPert(Number("min"), Number("mode"), Number("max"), gamma),
            "triangular" => Aims.Risk.Estimate.Triangular(Number("min"), Number("mode"), Number("max")),
            "uniform" => Aims.Risk.Estimate.Uniform(Number("min"), Number("max")),
            "normal" => Aims.Risk.Estimate.Normal(Number("mean"), Number("sd")),
            "truncatedNormal" => Aims.Risk.Estimate.TruncatedNormal(Number("mean"), Number("sd")),
            "lognormal90" => Aims.Risk.Estimate.LognormalFrom90(Number("lower"), Number("upper")),
            "constant" => Aims.Risk.Estimate.Constant(Number("value")),
            var other => Unknown(other),
        };

        Estimate? Unknown(string? other)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}.type: unknown distribution \"{other}\" (pert, pyfairPert, triangular, uniform, normal, truncatedNormal, lognormal90, constant)"));
            return null;
        }
    }
}
