using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Aims.Mapping.Internal;

namespace Aims.Mapping;

/// <summary>
/// Imports a customer's mapping set from CSV or JSON. Untrusted input: it never throws for bad content; unknown
/// frameworks or items and invalid values are diagnostics, valid rows are kept.
/// </summary>
/// <remarks>
/// CSV header: <c>sourceFramework,sourceId,targetFramework,targetId,relationship,rationale,confidence,strength,notes</c>
/// (the last four optional). JSON: <c>{"id", "provenance": {…}, "mappings": [{…same names…}]}</c>. Relationships use
/// OSCAL tokens (<c>equal-to</c>, <c>equivalent-to</c>, <c>subset-of</c>, <c>superset-of</c>, <c>intersects-with</c>,
/// <c>no-relationship</c>). All rows must go between the same two frameworks.
/// </remarks>
public static class MappingSetImporter
{
    /// <summary>Error: the input is not readable (malformed JSON, missing CSV columns).</summary>
    public const string UnreadableCode = "AIMS4005";

    /// <summary>Error: a value is invalid (relationship, rationale, confidence, strength or a blank id).</summary>
    public const string InvalidValueCode = "AIMS4006";

    /// <summary>Error: a row goes between other frameworks than the set's first row.</summary>
    public const string MixedFrameworksCode = "AIMS4007";

    private static readonly string[] Required = ["sourceFramework", "sourceId", "targetFramework", "targetId", "relationship"];

    /// <summary>Reads a mapping set from CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="provenance">The provenance to record (the customer's source document, method …).</param>
    /// <param name="id">The set id.</param>
    /// <returns>The valid mappings and a diagnostic per problem; paths are <c>/rows/{line}/{column}</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<MappingSet> ReadCsv(TextReader reader, MappingProvenance provenance, string id = "imported")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(provenance);
        List<Dictionary<string, string>> rows;
        try
        {
            (var header, rows) = CsvTable.ReadWithHeader(reader.ReadToEnd());
            var missing = Required.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                return AimsResult.Failure<MappingSet>([new AimsDiagnostic(UnreadableCode, "/rows/1", $"The header lacks the column(s) {string.Join(", ", missing)}.")], default(RecordCounts));
            }
        }
        catch (IOException ex)
        {
            return AimsResult.Failure<MappingSet>([new AimsDiagnostic(UnreadableCode, "", $"The input could not be read: {ex.Message}")], default(RecordCounts));
        }

        return Build(rows.Select((r, i) => (Path: $"/rows/{(i + 2).ToString(CultureInfo.InvariantCulture)}", Values: (IReadOnlyDictionary<string, string>)r)), provenance, id);
    }

    /// <summary>Reads a mapping set from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="provenance">The provenance to record when the document has none.</param>
    /// <returns>The valid mappings and a diagnostic per problem; paths are JSON Pointers (<c>/mappings/3/targetId</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<MappingSet> ReadJson(string json, MappingProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(provenance);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("mappings", out var mappings) || mappings.ValueKind != JsonValueKind.Array)
            {
                return AimsResult.Failure<MappingSet>([new AimsDiagnostic(UnreadableCode, "", "Expected an object with a \"mappings\" array.")], default(RecordCounts));
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : "imported";
            var rows = mappings.EnumerateArray().Select((m, i) => (Path: $"/mappings/{i.ToString(CultureInfo.InvariantCulture)}",
                Values: (IReadOnlyDictionary<string, string>)(m.ValueKind == JsonValueKind.Object
                    ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal)
                    : new Dictionary<string, string>()))).ToList();
            return Build(rows, provenance, string.IsNullOrWhiteSpace(id) ? "imported" : id);
        }
        catch (JsonException ex)
        {
            return AimsResult.Failure<MappingSet>([new AimsDiagnostic(UnreadableCode, "", $"Not valid JSON: {ex.Message}")], default(RecordCounts));
        }
    }

    private static AimsResult<MappingSet> Build(
        IEnumerable<(string Path, IReadOnlyDictionary<string, string> Values)> rows, MappingProvenance provenance, string id)
    {
        var diagnostics = new List<AimsDiagnostic>();
        var mappings = new List<ControlMapping>();
        (string Source, string Target)? frameworks = null;
        var count = 0;
        foreach (var (path, values) in rows)
        {
            count++;
            string Get(string key) => values.TryGetValue(key, out var v) ? v.Trim() : "";
            void Error(string code, string column, string message) => diagnostics.Add(new AimsDiagnostic(code, $"{path}/{column}", message));
            var before = diagnostics.Count;
            T Parse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string column, T fallback, bool required)
                where T : struct, Enum
            {
                var text = Get(column);
                if (text.Length == 0 && !required)
                {
                    return fallback;
                }

                if (Vocabulary.TryParse<T>(text, out var value))
                {
                    return value;
                }

                Error(InvalidValueCode, column, $"Unknown {column} '{text}'; expected one of {Vocabulary.WordList<T>()}.");
                return fallback;
            }


            foreach (var (frameworkColumn, idColumn) in new[] { ("sourceFramework", "sourceId"), ("targetFramework", "targetId") })
            {
                if (!FrameworkCatalogs.TryGet(Get(frameworkColumn), out var catalog))
                {
                    Error(MappingDiagnosticCodes.UnknownFramework, frameworkColumn, $"Unknown framework '{Get(frameworkColumn)}'. Known: {string.Join(", ", FrameworkIds.All)}.");
                }
                else if (!catalog.Contains(Get(idColumn)))
                {
                    Error(MappingDiagnosticCodes.UnknownItem, idColumn, $"'{Get(idColumn)}' is not an item of {catalog.FrameworkId}.");
                }
            }

            var relationship = Parse("relationship", default(Relationship), required: true);
            var rationale = Parse("rationale", MatchingRationale.Semantic, required: false);
            var confidence = Parse("confidence", MappingConfidence.Unspecified, required: false);
            int? strength = null;
            if (Get("strength") is { Length: > 0 } s)
            {
                if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
                {
                    strength = value;
                }
                else
                {
                    Error(InvalidValueCode, "strength", $"Strength must be a whole number ≥ 0; got '{s}'.");
                }
            }

            if (diagnostics.Count > before)
            {
                continue;
            }

            frameworks ??= (Get("sourceFramework"), Get("targetFramework"));
            if (frameworks != (Get("sourceFramework"), Get("targetFramework")))
            {
                Error(MixedFrameworksCode, "sourceFramework", $"The set maps {frameworks.Value.Source} to {frameworks.Value.Target}; this row maps other frameworks.");
                continue;
            }

            mappings.Add(new ControlMapping(Get("sourceFramework"), Get("sourceId"), Get("targetFramework"), Get("targetId"), relationship, rationale,
                confidence, strength, Get("notes")));
        }

        var records = new RecordCounts(count, mappings.Count);
        if (frameworks is { } f)
        {
            return AimsResult.From(new MappingSet(id, f.Source, f.Target, provenance, mappings), diagnostics, records);
        }

        if (diagnostics.Count == 0)
        {
            diagnostics.Add(new AimsDiagnostic(UnreadableCode, "", "The input has no mapping, so the set's frameworks are unknown."));
        }

        return AimsResult.Failure<MappingSet>(diagnostics, records);
    }
}
