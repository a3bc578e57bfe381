using Aims.Mapping;

namespace Aims.Serialization.Csv;

/// <summary>Mapping sets, one mapping per row, in camelCase columns.</summary>
public static partial class AimsCsv
{
    /// <summary>Writes a mapping set in the CSV format <see cref="ReadMappingSet"/> reads (camelCase columns); its provenance and strength scale are not part of the table.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="mappingSet">The mapping set.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMappingSet(TextWriter writer, MappingSet mappingSet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mappingSet);
        CsvOut.Rows<CsvRows.Mapping, CamelRowMap<CsvRows.Mapping>>(writer, mappingSet.Mappings.Select(m => new CsvRows.Mapping
        {
            SourceFramework = T(m.SourceFramework),
            SourceId = T(m.SourceId),
            TargetFramework = T(m.TargetFramework),
            TargetId = T(m.TargetId),
            Relationship = Word(m.Relationship),
            Rationale = Word(m.Rationale),
            Confidence = Word(m.Confidence),
            Strength = Int(m.Strength),
            Notes = T(m.Notes),
        }));
    }

    /// <summary>Reads a mapping set from untrusted CSV (the columns of <see cref="WriteMappingSet"/>; <c>rationale</c>, <c>confidence</c>, <c>strength</c> and <c>notes</c> optional).</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <param name="id">The set's id.</param>
    /// <param name="provenance">The set's provenance (a CSV table does not carry one).</param>
    /// <returns>The set built from the valid rows (its frameworks are those of the first valid row), and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<MappingSet> ReadMappingSet(TextReader reader, string id, MappingProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(provenance);
        (string Source, string Target)? frameworks = null;
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, MappingColumns, ["sourceFramework", "sourceId", "targetFramework", "targetId", "relationship"], row =>
        {
            var relationship = row.EnumOrNull<Relationship>("relationship");
            if (!row.Has("relationship"))
            {
                row.Error("relationship", $"Required: one of {Vocabulary.WordList<Relationship>()}.");
            }

            foreach (var column in FrameworkColumns)
            {
                if (!row.Has(column))
                {
                    row.Error(column, "Required: a framework id.");
                }
            }

            var rationale = row.Enum("rationale", MatchingRationale.Semantic);
            var confidence = row.Enum("confidence", MappingConfidence.Unspecified);
            var strength = row.Int("strength");
            var pair = (row.Required("sourceFramework"), row.Required("targetFramework"));
            if (!row.HasErrors)
            {
                frameworks ??= pair;
            }

            if (frameworks is not null && frameworks != pair)
            {
                row.Error("sourceFramework", $"Every row of a mapping set maps {frameworks.Value.Source} to {frameworks.Value.Target}; this row maps {pair.Item1} to {pair.Item2}.");
            }

            return row.HasErrors || relationship is not { } r ? null : row.Build(() => new ControlMapping(
                pair.Item1, row.Required("sourceId"), pair.Item2, row.Required("targetId"), r, rationale, confidence, strength, row.Text("notes")));
        });
        if (!headerOk || frameworks is not { } f)
        {
            return Partial<MappingSet>(null, read, 0, diagnostics);
        }

        try
        {
            return Partial<MappingSet>(new MappingSet(id, f.Source, f.Target, provenance, records.Select(r => r.Record)), read, records.Count, diagnostics);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidRow, "/rows", $"The rows do not form a mapping set: {ex.Message}"));
            return Partial<MappingSet>(null, read, 0, diagnostics);
        }
    }
}
