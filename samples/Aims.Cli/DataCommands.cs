using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>The <c>export</c>, <c>validate</c> and <c>import csv</c> commands, and workspace files for other commands.</summary>
internal static class DataCommands
{
    private static readonly string[] CsvKinds = ["inventory", "risks", "soa", "mappings", "fair-scenarios"];

    /// <summary>The demo workspace, or the workspace file given with --workspace (diagnostics to stderr).</summary>
    public static AimsWorkspace? Workspace(string? file, TextWriter stderr)
    {
        if (file is null)
        {
            return DemoWorkspace.Create();
        }

        if (CliDiagnostics.ReadFile(file, stderr) is not { } text)
        {
            return null;
        }

        var read = AimsJson.ReadWorkspace(text, new AimsJsonReadOptions { ValidateModel = false });
        CliDiagnostics.Print(stderr, read.Diagnostics);
        return read.TryGetValue(out var workspace) ? workspace : null;
    }

    public static int Export(string kind, string format, string? workspaceFile, string? setId, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (Workspace(workspaceFile, stderr) is not { } w)
        {
            return CliApp.Unusable;
        }

        var sets = Crosswalk.BuiltIn.Sets.Where(s => setId is null || s.Id == setId).ToList();
        if (kind == "mappings" && format == "csv" && setId is null)
        {
            stderr.WriteLine($"error: a CSV table holds one mapping set; choose it with --set ({string.Join(", ", Crosswalk.BuiltIn.Sets.Select(s => s.Id))}).");
            return CliApp.Unusable;
        }

        if (kind == "mappings" && sets.Count == 0)
        {
            stderr.WriteLine($"error: no built-in mapping set '{setId}'; known: {string.Join(", ", Crosswalk.BuiltIn.Sets.Select(s => s.Id))}.");
            return CliApp.Unusable;
        }

        string? text = (kind, format) switch
        {
            ("workspace", "json") => AimsJson.Write(w),
            ("aibom", "json") => AiBom.Export(w),
            ("inventory", "json") => AimsJson.WriteInventory(w.Systems),
            ("risks", "json") => AimsJson.WriteRiskRegister(w.Risks),
            ("soa", "json") when w.Soa is { } soa => AimsJson.Write(soa),
            ("mappings", "json") => sets.Count == 1 ? AimsJson.Write(sets[0]) : new JsonArray([.. sets.Select(s => JsonNode.Parse(AimsJson.Write(s)))]).ToJsonString(CliApp.JsonOptions),
            ("inventory", "csv") => Csv(writer => AimsCsv.WriteInventory(writer, w.Systems)),
            ("risks", "csv") => Csv(writer => AimsCsv.WriteRiskRegister(writer, w.Risks)),
            ("soa", "csv") when w.Soa is { } soa => Csv(writer => AimsCsv.WriteSoa(writer, soa)),
            ("mappings", "csv") => Csv(writer => AimsCsv.WriteMappingSet(writer, sets[0])),
            _ => null,
        };
        if (text is null)
        {
            stderr.WriteLine(kind is "workspace" or "inventory" or "risks" or "soa" or "mappings" or "aibom"
                ? $"error: '{kind}' cannot be exported as {format} (the workspace and the AI-BOM as JSON only; the others as json or csv; a SoA must exist)."
                : $"error: unknown export kind '{kind}' (workspace, inventory, risks, soa, mappings, aibom, oscal).");
            return CliApp.Unusable;
        }

        return Emit(text, outFile, stdout, stderr);
    }

    public static int ExportOscal(IReadOnlyList<string> what, string? workspaceFile, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        string? text;
        switch (what)
        {
            case ["catalog", var framework]:
                if (!FrameworkCatalogs.TryGet(framework, out var catalog))
                {
                    stderr.WriteLine($"error: unknown framework '{framework}' ({string.Join(", ", FrameworkCatalogs.Ids)}).");
                    return CliApp.Unusable;
                }

                text = OscalExport.Catalog(catalog);
                break;
            case ["implementation"]:
                if (Workspace(workspaceFile, stderr) is not { Soa: not null } w)
                {
                    stderr.WriteLine("error: the workspace has no Statement of Applicability.");
                    return CliApp.Unusable;
                }

                text = OscalExport.ComponentDefinition(w);
                break;
            case ["mapping", var source, var target]:
                var sets = Crosswalk.BuiltIn.Sets.Where(s => s.SourceFramework == source && s.TargetFramework == target).ToList();
                if (sets.Count == 0)
                {
                    stderr.WriteLine($"error: no built-in mapping set from '{source}' to '{target}'; known: {string.Join(", ", Crosswalk.BuiltIn.Sets.Select(s => $"{s.SourceFramework} {s.TargetFramework}").Distinct())}.");
                    return CliApp.Unusable;
                }

                text = OscalExport.MappingCollection($"Aims crosswalk {source} to {target}", sets);
                break;
            default:
                stderr.WriteLine("error: use 'export oscal catalog <framework>', 'export oscal implementation' or 'export oscal mapping <framework> <framework>'.");
                return CliApp.Unusable;
        }

        return Emit(text, outFile, stdout, stderr);
    }

    public static int Validate(string file, string? kind, DateOnly asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        // --kind chooses how to read a CSV table or an OSCAL file; an Aims JSON document names its own kind. Anything
        // else is a typo the user must hear about (it was silently ignored).
        string[] documentKinds = [.. Enum.GetValues<AimsDocumentKind>().Select(AimsJson.KindName)];
        if (kind is not null && !CsvKinds.Contains(kind) && kind != "oscal-mapping" && kind != "aibom" && !documentKinds.Contains(kind))
        {
            stderr.WriteLine($"error: unknown --kind '{kind}' (CSV: {string.Join(", ", CsvKinds)}; oscal-mapping; aibom; or an Aims document kind: {string.Join(", ", documentKinds)}).");
            return CliApp.Unusable;
        }

        var isCsv = kind is not null ? CsvKinds.Contains(kind) : file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        string? text = null;
        if (!isCsv && (text = CliDiagnostics.ReadFile(file, stderr)) is null)
        {
            return CliApp.Unusable;
        }

        string detected;
        IReadOnlyList<AimsDiagnostic> diagnostics;
        bool unreadable;
        if (text is null)
        {
            // Streamed: a spreadsheet of any size is read within the CSV readers' limits, not refused at 64 MiB.
            string? detectedKind = kind;
            if (CliFiles.ReadStreamed(file, stderr, reader =>
            {
                var header = HeaderLine(reader);
                detectedKind ??= DetectCsv(header);
                using var whole = new PrefixedReader(header, reader);
                return ImportCsv(detectedKind, whole);
            }) is not { } import)
            {
                return CliApp.Unusable;
            }

            detected = detectedKind!;
            diagnostics = import.Diagnostics;
            unreadable = !import.HasValue;
        }
        else if (kind == "oscal-mapping" || (kind is null && RootMembers(text).Contains("mapping-collection")))
        {
            detected = "oscal-mapping";
            var import = OscalImport.ReadMappingCollection(text);
            diagnostics = import.Diagnostics;
            unreadable = !import.HasValue;
        }
        else if (kind == "aibom" || (kind is null && RootMembers(text).Contains("bomFormat")))
        {
            // A CycloneDX ML-BOM: read back into AI systems (AiBom.Import), every problem with its JSON Pointer.
            detected = "aibom";
            var import = AiBom.Import(text);
            diagnostics = import.Diagnostics;
            unreadable = !import.HasValue;
        }
        else if (OscalModel(text) is { } model)
        {
            stderr.WriteLine($"error: {file} is an OSCAL {model}, not an Aims document; check it with an OSCAL validator (docs/cli.md shows how).");
            return CliApp.Unusable;
        }
        else
        {
            var read = AimsJson.Read(text, new AimsJsonReadOptions { AsOf = asOf });
            // A document that does not read whole still names its kind in the envelope; "unknown" only when it names none.
            detected = read.TryGetPartialValue(out var document) ? AimsJson.KindName(document.Kind) : EnvelopeKind(text) ?? "unknown";
            diagnostics = read.Diagnostics;
            unreadable = CliDiagnostics.ExitCode(read.Diagnostics) == CliApp.Unusable;
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var exit = unreadable ? CliApp.Unusable : errors > 0 ? CliApp.Problems : CliApp.Ok;
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["file"] = file,
                ["kind"] = detected,
                ["valid"] = exit == CliApp.Ok,
                ["errors"] = errors,
                ["warnings"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
                ["diagnostics"] = Diagnostics(diagnostics),
            }.ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            CliDiagnostics.Print(stdout, diagnostics);
            stdout.WriteLine($"{file}: {detected}, {(exit == CliApp.Ok ? "valid" : exit == CliApp.Problems ? "problems found" : "unreadable")} ({errors} error(s), {diagnostics.Count - errors} other diagnostic(s)).");
        }

        return exit;
    }

    public static int Import(string kind, string file, string? outFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!CsvKinds.Contains(kind))
        {
            stderr.WriteLine($"error: unknown CSV kind '{kind}' ({string.Join(", ", CsvKinds)}).");
            return CliApp.Unusable;
        }

        // Streamed: rows are independent, so a spreadsheet of any size imports within the CSV readers' limits.
        if (CliFiles.ReadStreamed(file, stderr, reader => ImportCsv(kind, reader)) is not { } import)
        {
            return CliApp.Unusable;
        }

        var hasValue = import.TryGetPartialValue(out var value);
        var records = import.Records ?? default;
        var exit = !hasValue ? CliApp.Unusable : import.IsValid ? CliApp.Ok : CliApp.Problems;
        // No row accepted: nothing to write, and an existing --out file is left as it is (it was truncated to 0 bytes).
        hasValue &= records.Accepted > 0;
        if (hasValue && value is not null && outFile is not null && Emit(value.Json(), outFile, stdout, stderr) != CliApp.Ok)
        {
            return CliApp.Unusable;
        }

        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["file"] = file,
                ["kind"] = kind,
                ["recordsRead"] = records.Read,
                ["recordsAccepted"] = records.Accepted,
                ["complete"] = import.IsValid,
                ["diagnostics"] = Diagnostics(import.Diagnostics),
            }.ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            CliDiagnostics.Print(stderr, import.Diagnostics);
            stdout.WriteLine($"{file}: {records.Accepted} of {records.Read} {kind} rows accepted{(outFile is null || !hasValue ? "" : $", written to {outFile}")}.");
        }

        return exit;
    }

    private static AimsResult<ImportedDocument> ImportCsv(string kind, TextReader reader)
    {
        var provenance = new MappingProvenance("CSV import", "unknown", "not stated", "imported from CSV", MappingStatus.Draft, DemoWorkspace.AsOf, "not stated");
        return kind switch
        {
            "inventory" => Wrap(AimsCsv.ReadInventory(reader), v => AimsJson.WriteInventory(v)),
            "risks" => Wrap(AimsCsv.ReadRiskRegister(reader), v => AimsJson.WriteRiskRegister(v)),
            "soa" => Wrap(AimsCsv.ReadSoa(reader, DocumentRevision.Draft), v => AimsJson.Write(v)),
            "mappings" => Wrap(AimsCsv.ReadMappingSet(reader, "imported", provenance), v => AimsJson.Write(v)),
            _ => Wrap(AimsCsv.ReadFairScenarios(reader), v => v.Count == 0 ? "" : AimsJson.Write(new Aims.Risk.FairScenarioSet("imported", v))),
        };
    }

    private static AimsResult<ImportedDocument> Wrap<T>(AimsResult<T> import, Func<T, string> toJson) =>
        import.TryGetPartialValue(out var v)
            ? AimsResult.From(new ImportedDocument(() => toJson(v)), import.Diagnostics, import.Records)
            : AimsResult.Failure<ImportedDocument>(import.Diagnostics, import.Records);

    private static string? OscalModel(string text) =>
        RootMembers(text).FirstOrDefault(n => n is "catalog" or "profile" or "component-definition" or "system-security-plan");

    /// <summary>
    /// The member names of the document's root object, read without building the document: OSCAL is told by its
    /// structure (a root member "mapping-collection"), not by the text appearing anywhere (an inventory whose purpose
    /// says "mapping-collection" was taken for OSCAL).
    /// </summary>
    private static List<string> RootMembers(string text)
    {
        var members = new List<string>();
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new System.Text.Json.JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                return members;
            }

            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                members.Add(reader.GetString() ?? "");
                reader.Read();
                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Not well-formed: the Aims reader reports why.
        }

        return members;
    }

    private static string? EnvelopeKind(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == System.Text.Json.JsonValueKind.String
                && Enum.GetValues<AimsDocumentKind>().Any(k => AimsJson.KindName(k) == kind.GetString())
                ? kind.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The first line (at most <see cref="AimsCsv.MaxRecordLength"/> characters, a device such as /dev/zero has no end), with its line break.</summary>
    private static string HeaderLine(TextReader reader)
    {
        var header = new System.Text.StringBuilder();
        int c;
        while (header.Length < AimsCsv.MaxRecordLength && (c = reader.Read()) >= 0)
        {
            header.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return header.ToString();
    }

    private static string DetectCsv(string header)
    {
        return header.Contains("InherentLikelihood", StringComparison.OrdinalIgnoreCase) ? "risks"
            : header.Contains("ControlId", StringComparison.OrdinalIgnoreCase) ? "soa"
            : header.Contains("sourceFramework", StringComparison.OrdinalIgnoreCase) ? "mappings"
            : header.Contains("Frequency", StringComparison.OrdinalIgnoreCase) || header.Contains("PrimaryLoss", StringComparison.OrdinalIgnoreCase) ? "fair-scenarios"
            : "inventory";
    }

    private static JsonArray Diagnostics(IEnumerable<AimsDiagnostic> diagnostics) =>
        new([.. diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["code"] = d.Code,
            ["severity"] = CliApp.Word(d.Severity),
            ["path"] = d.Path,
            ["message"] = d.Message,
        })]);

    private static string Csv(Action<StringWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private static int Emit(string text, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (outFile is null)
        {
            stdout.Write(text.EndsWith('\n') ? text : text + "\n");
            return CliApp.Ok;
        }

        return CliFiles.WriteAtomically(outFile, text, stderr) ? CliApp.Ok : CliApp.Unusable;
    }

    /// <summary>An import's records as JSON, written only when asked for (validate never asks: a million rows are hundreds of MB of JSON).</summary>
    private sealed record ImportedDocument(Func<string> Json);
}
