using System.Text;
using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Fuzz;

/// <summary>
/// The readers of untrusted input under mutation: every JSON document kind (workspace, inventory, risk register, SoA,
/// FAIR scenarios, mapping set), the OSCAL mapping-collection import, the CycloneDX ML-BOM import, and every CSV reader (inventory, risk register,
/// SoA, mapping set, FAIR scenarios, the AICM catalog, discovered AI assets). Seeds are written from the demo data and the built-in catalogs
/// (with a fixed clock, so they are the same in every run) plus a hand-written foreign OSCAL collection; a mutation
/// flips, inserts a hostile token, deletes, duplicates or splices. A finding is an exception or a broken contract.
/// </summary>
internal static class ReaderFuzz
{
    private static readonly OscalExportOptions FixedClock = new() { TimeProvider = new Clock() };

    private static readonly AiBomExportOptions FixedBomClock = new() { TimeProvider = new Clock() };

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e999", "-0", "NaN", "\\uD800", "\"=cmd|' /C calc'!A0\"", ";", "|", "\\", "\r", "\n",
        "'", "\uFEFF", "\"kind\":\"workspace\"", "\"schemaVersion\":\"9.0\"", "\"schemaVersion\":\"1.7\"", new string('[', 200), "\0", "\"\"", "\t",
        "\"not-a-uuid\"", "42", "\"yesterday\"", "\"extreme\"", "\"high\"", "1e308", "-1", "\u202E", "\u200B", "\u001B[31m", "'-5 dB",
    ];

    // A collection as another tool would write it: its own uuids, no Aims properties, several sources and targets.
    private const string ForeignOscal = """
        {"mapping-collection":{"uuid":"5f0c7c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f",
        "metadata":{"title":"Fuzz seed","last-modified":"2026-01-15T09:00:00+01:00","version":"1","oscal-version":"1.2.1"},
        "provenance":{"method":"hybrid","matching-rationale":"functional","status":"not-complete","mapping-description":"seed","confidence-score":{"category":"medium"}},
        "mappings":[{"uuid":"0b6a2e4c-9d1f-4a7b-b3c5-6e8f0a2b4c6d","source-resource":{"type":"catalog","href":"#1f3b5d7f-9a1c-4e5a-8c7e-9a1c3e5a7c9e"},
        "target-resource":{"type":"profile","href":"https://example.org/p.json"},"maps":[
        {"uuid":"7c9e1a3b-5d7f-4b2c-9e4a-6c8e0b2d4f6a","relationship":"intersects-with","sources":[{"type":"control","id-ref":"A.2.2"},{"type":"statement","id-ref":"A.2.3_smt"}],
        "targets":[{"type":"control","id-ref":"ac-1"},{"type":"control","id-ref":"ac-2"}],"confidence-score":{"percentage":0.4},"remarks":"x"},
        {"uuid":"8c0e2a4c-6e8a-4c2e-a4c6-e8a0c2e4a6c8","relationship":"subset-of","matching-rationale":"syntactic","sources":[{"type":"control","id-ref":"A.3.2"}],
        "targets":[{"type":"control","id-ref":"ac-3"}],"props":[{"name":"strength","ns":"urn:aims-core:oscal","value":"3"}]}]}],
        "back-matter":{"resources":[{"uuid":"1f3b5d7f-9a1c-4e5a-8c7e-9a1c3e5a7c9e","title":"Source catalog","props":[{"name":"framework-id","ns":"urn:aims-core:oscal","value":"iso42001"}]}]}}}
        """;

    private static readonly MappingProvenance Provenance = new("fuzz", "1", "fuzz", "fuzz", MappingStatus.Draft, new DateOnly(2026, 1, 1), "none");

    private static readonly AimsWorkspace DemoForDiscovery = DemoWorkspace.Create();

    public static List<string> JsonSeeds { get; } = BuildJsonSeeds();

    public static List<string> CsvSeeds { get; } = BuildCsvSeeds();

    /// <summary>Mutates one seed of the list, 1 to 5 times.</summary>
    public static string Mutate(Random random, List<string> seeds)
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
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
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

    public static IEnumerable<IEnumerable<AimsDiagnostic>> RunJson(string input)
    {
        var any = AimsJson.Read(input);
        Check(any.IsValid || any.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "failed JSON read without an error");
        if (any.TryGetPartialValue(out var document) && document.Value is AimsWorkspace w)
        {
            // Reading and validating are two steps: whatever we read, we write and read back equal (drafts included).
            Check(AimsJson.ReadWorkspace(AimsJson.Write(w)).TryGetPartialValue(out var back) && back.Equals(w), "workspace does not survive Write -> Read");
        }

        yield return any.Diagnostics;
        yield return Checked(AimsJson.ReadWorkspace(input), counted: false);
        yield return Checked(AimsJson.ReadInventory(input), counted: false);
        yield return Checked(AimsJson.ReadRiskRegister(input), counted: false);
        yield return Checked(AimsJson.ReadSoa(input), counted: false);
        yield return Checked(AimsJson.ReadFairScenarios(input), counted: false);
        yield return Checked(AimsJson.ReadMappingSet(input), counted: false);
        var oscal = OscalImport.ReadMappingCollection(input);
        yield return Checked(oscal, counted: oscal.HasValue);
        if (oscal.TryGetPartialValue(out var sets))
        {
            Check(sets.Sum(s => s.Mappings.Length) <= OscalImport.MaxMappings, "OSCAL expansion past MaxMappings");
            Check(sets.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() == sets.Count, "two OSCAL sets with one id");
            if (oscal.IsValid && sets.Count > 0 && sets.All(s => !s.Mappings.IsEmpty))
            {
                // Whatever we read, we write and read back equal (an empty set, read leniently, has no OSCAL form to write).
                var back = OscalImport.ReadMappingCollection(OscalExport.MappingCollection("fuzz", sets, FixedClock));
                Check(back.IsValid && back.TryGetValue(out var again) && again.SequenceEqual(sets), "OSCAL sets do not survive Export -> Import");
            }
        }

        foreach (var diagnostics in RunAiBom(input))
        {
            yield return diagnostics;
        }
    }

    /// <summary>The CycloneDX ML-BOM import: its contracts, and whatever it reads survives Export -> Import.</summary>
    private static IEnumerable<IEnumerable<AimsDiagnostic>> RunAiBom(string input)
    {
        var bom = AiBom.Import(input);
        yield return Checked(bom, counted: bom.HasValue);
        if (bom.IsValid && bom.TryGetValue(out var systems))
        {
            var back = AiBom.Import(AiBom.Export(new AimsWorkspace("fuzz").WithSystems(systems), FixedBomClock));
            Check(back.IsValid && back.TryGetValue(out var again) && again.SequenceEqual(systems), "AI-BOM systems do not survive Export -> Import");
        }
    }

    public static IEnumerable<IEnumerable<AimsDiagnostic>> RunCsv(string input)
    {
        yield return Checked(AimsCsv.ReadInventory(new StringReader(input)));
        yield return Checked(AimsCsv.ReadRiskRegister(new StringReader(input)));
        yield return Checked(AimsCsv.ReadSoa(new StringReader(input), DocumentRevision.Draft));
        yield return Checked(AimsCsv.ReadMappingSet(new StringReader(input), "fuzz", Provenance));
        yield return Checked(AimsCsv.ReadFairScenarios(new StringReader(input)));
        yield return Checked(AimsCsv.ReadAicmCatalog(new StringReader(input), "1.1.1", new DateOnly(2026, 1, 1)));
        var discovered = AimsCsv.ReadDiscoveredAssets(new StringReader(input));
        if (discovered.TryGetPartialValue(out var assets))
        {
            var reconciled = DiscoveryReconciliation.Reconcile(DemoForDiscovery, assets);
            Check(reconciled.Outcomes.Length == assets.Count, "a discovered asset lost in reconciliation");
        }

        yield return Checked(discovered);
    }

    /// <summary>The contracts of every result: an error when there is no value, true record counts, nothing dropped silently.</summary>
    private static System.Collections.Immutable.ImmutableArray<AimsDiagnostic> Checked<T>(AimsResult<T> result, bool counted = true)
    {
        Check(result.HasValue || !result.IsValid, "no value and no error");
        Check(result.IsValid || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "not valid without an error");
        Check(!counted || result.Records is not null, "a record read without record counts");
        if (result.Records is { } records)
        {
            Check(records.Accepted >= 0 && records.Accepted <= records.Read, "more records accepted than read");
            Check(records.Rejected == 0 || !result.IsValid, "records dropped without an error");
        }

        return result.Diagnostics;
    }

    private static void Check(bool condition, string contract)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Contract broken: " + contract);
        }
    }

    private static List<string> BuildJsonSeeds()
    {
        var workspace = DemoWorkspace.Create();
        return
        [
            AimsJson.Write(workspace), AimsJson.Write(DiscoveryReconciliation.Reconcile(workspace, Discovered()).Apply()), AimsJson.WriteInventory(workspace.Systems), AimsJson.WriteRiskRegister(workspace.Risks),
            AimsJson.Write(workspace.Soa!), AimsJson.Write(Crosswalk.BuiltIn.Sets[3]), AimsJson.Write(DemoWorkspace.Scenarios()),
            OscalExport.MappingCollection("fuzz", Crosswalk.BuiltIn.Sets.Take(2), FixedClock), ForeignOscal,
            AiBom.Export(workspace, FixedBomClock),
        ];
    }

    private static List<string> BuildCsvSeeds()
    {
        var workspace = DemoWorkspace.Create();
        return
        [
            Csv(w => AimsCsv.WriteInventory(w, workspace.Systems)), Csv(w => AimsCsv.WriteRiskRegister(w, workspace.Risks)),
            Csv(w => AimsCsv.WriteSoa(w, workspace.Soa!)), Csv(w => AimsCsv.WriteMappingSet(w, Crosswalk.BuiltIn.Sets[0])),
            Csv(w => AimsCsv.WriteFairScenarios(w, DemoWorkspace.Scenarios().Scenarios)),
            "Control ID,Control Title,Control Specification\nMDS-01,Model documentation,\"Text, quoted\"\nA&A-01,Audit policy,Text\n",
            Csv(w => AimsCsv.WriteDiscoveredAssets(w, Discovered())),
        ];
    }

    /// <summary>Discovered assets like those of docs/examples/discovered-ai-assets.csv: a match, an ambiguous endpoint, a candidate.</summary>
    private static DiscoveredAiAsset[] Discovered() =>
    [
        new DiscoveredAiAsset(DiscoverySource.CloudInventory, "arn:aws:sagemaker:eu-central-1:111122223333:endpoint/credit-scoring-v4", "credit-scoring-v4", new DateOnly(2026, 11, 14))
            .WithSeen(new DateOnly(2026, 3, 2), new DateOnly(2026, 11, 14)).WithProvider("AWS").WithDataCategories([DataCategory.Personal, DataCategory.Financial]),
        new DiscoveredAiAsset(DiscoverySource.ProxyLog, "northwind-openai.openai.azure.com", "Azure OpenAI", new DateOnly(2026, 11, 15))
            .WithEndpoint("https://northwind-openai.openai.azure.com/openai/deployments/gpt-4o/chat/completions").WithModelId("gpt-4o").WithRequestCount(48211),
        new DiscoveredAiAsset(DiscoverySource.SaasScan, "app-4711", "Meeting notes AI", new DateOnly(2026, 11, 13)).WithObservedBy("CASB scan"),
    ];

    private static string Csv(Action<StringWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private sealed class Clock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
