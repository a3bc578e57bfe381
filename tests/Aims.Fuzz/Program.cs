using Aims;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aims.Fuzz;
using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

// A mutation fuzzer for the readers of untrusted input, and for the FAIR simulator's parameter space (SimulatorFuzz).
// Seeds: every document kind written from the demo workspace and the built-in catalogs, plus hostile fragments. Each
// iteration mutates a seed (flip, insert a hostile token, delete, duplicate, splice) and feeds it to every reader of
// that format. A finding is any exception, or a broken contract: a failed result without an error, more rows
// accepted than read, or a valid JSON read whose value does not survive Write -> Read. Findings are saved to the
// output folder.
var seconds = Arg("--seconds", 60);
var seed = Arg("--seed", 1);
var output = Directory.CreateDirectory(args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "aims-fuzz")).FullName;
var random = new Random(seed);
var workspace = DemoWorkspace.Create();
var json = new List<string>
{
    AimsJson.Write(workspace), AimsJson.WriteInventory(workspace.Systems), AimsJson.WriteRiskRegister(workspace.Risks),
    AimsJson.Write(workspace.Soa!), AimsJson.Write(Crosswalk.BuiltIn.Sets[3]),
    File.Exists("docs/examples/reference-scenario.json") ? File.ReadAllText("docs/examples/reference-scenario.json") : "{}",
    OscalExport.MappingCollection("fuzz", Crosswalk.BuiltIn.Sets.Take(2)),
};
var csv = new List<string> { Csv(w => AimsCsv.WriteInventory(w, workspace.Systems)), Csv(w => AimsCsv.WriteRiskRegister(w, workspace.Risks)), Csv(w => AimsCsv.WriteSoa(w, workspace.Soa!)), Csv(w => AimsCsv.WriteMappingSet(w, Crosswalk.BuiltIn.Sets[0])),
    "Control ID,Control Title,Control Specification\nMDS-01,Model documentation,\"Text, quoted\"\nA&A-01,Audit policy,Text\n" };
string[] tokens =
[
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e999", "-0", "NaN", "\\uD800", "\"=cmd|' /C calc'!A0\"", ";", "|", "\\", "\r", "\n",
    "'", "\uFEFF", "\"kind\":\"workspace\"", "\"schemaVersion\":\"9.0\"", "\"schemaVersion\":\"1.7\"", new string('[', 200), "\0", "\"\"", "\t",
];

var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
var findings = 0;
long iterations = 0;
var watch = Stopwatch.StartNew();
while (watch.Elapsed.TotalSeconds < seconds)
{
    iterations++;
    if (iterations % 20 == 0)
    {
        // One input in twenty is a FAIR scenario document that is also simulated (SimulatorFuzz: the work budget and finite statistics).
        var (document, broken, seen) = SimulatorFuzz.Step(random);
        foreach (var d in seen)
        {
            codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
        }

        if (broken is not null)
        {
            findings++;
            var file = Path.Combine(output, $"finding-{findings}.json");
            File.WriteAllText(file, document);
            Console.WriteLine($"FINDING {findings}: simulator: {broken} -> {file}");
        }

        continue;
    }

    var isJson = random.Next(3) > 0;
    var input = Mutate(isJson ? json : csv);
    try
    {
        foreach (var diagnostics in isJson ? RunJson(input) : RunCsv(input))
        {
            foreach (var d in diagnostics)
            {
                codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
            }
        }
    }
    catch (Exception ex)
    {
        findings++;
        var file = Path.Combine(output, $"finding-{findings}.{(isJson ? "json" : "csv")}");
        File.WriteAllText(file, input);
        Console.WriteLine($"FINDING {findings}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]} -> {file}");
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iterations:N0} inputs in {watch.Elapsed.TotalSeconds:F0} s ({iterations / watch.Elapsed.TotalSeconds:N0}/s), seed {seed}, {findings} finding(s)."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIR scenario documents simulated: {SimulatorFuzz.Simulated:N0}."));
Console.WriteLine("Diagnostics seen: " + string.Join(", ", codes.Select(c => $"{c.Key}×{c.Value}")));
return findings == 0 ? 0 : 1;

IEnumerable<IEnumerable<AimsDiagnostic>> RunJson(string input)
{
    var any = AimsJson.Read(input);
    Check(any.IsValid || any.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "failed JSON read without an error");
    if (any.TryGetPartialValue(out var document) && document.Value is AimsWorkspace w)
    {
        // Reading and validating are two steps: whatever we read, we write and read back equal (drafts included).
        Check(AimsJson.ReadWorkspace(AimsJson.Write(w)).TryGetPartialValue(out var back) && back.Equals(w), "workspace does not survive Write -> Read");
    }

    yield return any.Diagnostics;
    yield return AimsJson.ReadWorkspace(input).Diagnostics;
    yield return AimsJson.ReadInventory(input).Diagnostics;
    yield return AimsJson.ReadRiskRegister(input).Diagnostics;
    yield return AimsJson.ReadSoa(input).Diagnostics;
    yield return AimsJson.ReadFairScenarios(input).Diagnostics;
    yield return AimsJson.ReadMappingSet(input).Diagnostics;
    var oscal = OscalImport.ReadMappingCollection(input);
    Check(oscal.HasValue || !oscal.IsValid, "OSCAL import has neither a value nor an error");
    yield return oscal.Diagnostics;
}

IEnumerable<IEnumerable<AimsDiagnostic>> RunCsv(string input)
{
    var provenance = new MappingProvenance("fuzz", "1", "fuzz", "fuzz", MappingStatus.Draft, new DateOnly(2026, 1, 1), "none");
    AimsResult<IReadOnlyList<AiSystem>> inventory = AimsCsv.ReadInventory(new StringReader(input));
    yield return Checked(inventory);
    var risks = AimsCsv.ReadRiskRegister(new StringReader(input));
    yield return Checked(risks);
    var soa = AimsCsv.ReadSoa(new StringReader(input), DocumentRevision.Draft);
    yield return Checked(soa);
    var mappings = AimsCsv.ReadMappingSet(new StringReader(input), "fuzz", provenance);
    yield return Checked(mappings);
    var scenarios = AimsCsv.ReadFairScenarios(new StringReader(input));
    yield return Checked(scenarios);
    var aicm = AimsCsv.ReadAicmCatalog(new StringReader(input), "1.1.1", new DateOnly(2026, 1, 1));
    yield return Checked(aicm);
}

IEnumerable<AimsDiagnostic> Checked<T>(AimsResult<T> result)
{
    var records = result.Records ?? default;
    Check(result.Records is not null, "a CSV read without record counts");
    Check(records.Rejected == 0 || !result.IsValid, "rows dropped without an error");
    Check(result.HasValue || !result.IsValid, "no value and no error");
    return result.Diagnostics;
}

string Mutate(List<string> seeds)
{
    var text = new StringBuilder(seeds[random.Next(seeds.Count)]);
    for (var n = random.Next(1, 6); n > 0 && text.Length > 0; n--)
    {
        var at = random.Next(text.Length);
        switch (random.Next(5))
        {
            case 0:
                text[at] = (char)random.Next(0, 128);
                break;
            case 1:
                text.Insert(at, tokens[random.Next(tokens.Length)]);
                break;
            case 2:
                text.Remove(at, Math.Min(text.Length - at, random.Next(1, 40)));
                break;
            case 3:
                var length = Math.Min(text.Length - at, random.Next(1, 200));
                text.Insert(random.Next(text.Length), text.ToString(at, length));
                break;
            default:
                var other = seeds[random.Next(seeds.Count)];
                var from = random.Next(other.Length);
                text.Insert(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 300))));
                break;
        }
    }

    return text.ToString();
}

static void Check(bool condition, string contract)
{
    if (!condition)
    {
        throw new InvalidOperationException("Contract broken: " + contract);
    }
}

static string Csv(Action<StringWriter> write)
{
    var writer = new StringWriter();
    write(writer);
    return writer.ToString();
}

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
