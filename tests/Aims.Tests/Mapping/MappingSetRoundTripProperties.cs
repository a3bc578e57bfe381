using Aims.Mapping;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Mapping;

/// <summary>FsCheck generators for mapping sets, built through the public constructors, with text that is hard to write.</summary>
public static class MappingSetArbitraries
{
    // Cell and JSON specials, formula triggers, quotes, the list separators and backslash, non-ASCII.
    private const string Characters = "abcXYZ019 .,;|\"'=+-@\\/:#é€";

    private static Gen<string> Text(string extra = "") =>
        Gen.Elements((Characters + extra).ToCharArray()).ArrayOf().Select(c => new string(c).Trim()).Where(t => t.Length is > 0 and <= 40);

    public static Arbitrary<MappingSet> MappingSets() =>
        (from id in Text()
         from source in Text()
         from target in Text()
         from provenance in Provenances()
         from mappings in Mapping(source, target).ListOf()
         from scale in Gen.OneOf(Gen.Constant<string?>(null), Text().Select(t => (string?)t))
         select new MappingSet(id, source, target, provenance, mappings, scale))
        .ToArbitrary();

    private static Gen<MappingProvenance> Provenances() =>
        from document in Text()
        from version in Text()
        from authors in Text()
        from method in Text()
        from status in Gen.Elements(Enum.GetValues<MappingStatus>())
        from day in Gen.Choose(0, 20_000)
        from licence in Text()
        select new MappingProvenance(document, version, authors, method, status, DateOnly.FromDayNumber(730_000 + day), licence);

    private static Gen<ControlMapping> Mapping(string source, string target) =>
        from sourceId in Text()
        from targetId in Text()
        from relationship in Gen.Elements(Enum.GetValues<Relationship>())
        from rationale in Gen.Elements(Enum.GetValues<MatchingRationale>())
        from confidence in Gen.Elements(Enum.GetValues<MappingConfidence>())
        from strength in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 100).Select(i => (int?)i))
        from notes in Gen.OneOf(Gen.Constant<string?>(null), Text("\n").Select(t => (string?)t))
        select new ControlMapping(source, sourceId, target, targetId, relationship, rationale, confidence, strength, notes);
}

/// <summary>Whatever mapping set we write, in any format, reads back equal (value equality, mappings in order).</summary>
[Properties(Arbitrary = [typeof(MappingSetArbitraries)])]
public class MappingSetRoundTripProperties
{
    [Property]
    public Property Json_reads_back_equal(MappingSet set)
    {
        var json = AimsJson.Write(set);
        var read = AimsJson.ReadMappingSet(json);

        return (read.IsValid && read.TryGetValue(out var back) && back == set).Label(json + "\n" + string.Join("\n", read.Diagnostics));
    }

    [Property]
    public Property Oscal_reads_back_equal(MappingSet set)
    {
        if (set.Mappings.IsEmpty)
        {
            return true.ToProperty(); // OSCAL has no form for an empty set: the export refuses it (OscalTests)
        }

        var oscal = OscalExport.MappingCollection("round trip", [set]);
        var read = OscalImport.ReadMappingCollection(oscal);

        return (read.IsValid && read.TryGetValue(out var back) && back.Count == 1 && back[0] == set).Label(Difference(set, read) + "\n" + string.Join("\n", read.Diagnostics));
    }

    /// <summary>A CSV table carries the mappings only: the id and provenance are given to the reader, the strength scale is not kept.</summary>
    [Property]
    public Property Csv_reads_back_equal(MappingSet set)
    {
        if (set.Mappings.IsEmpty)
        {
            return true.ToProperty(); // a table without rows names no frameworks
        }

        var writer = new StringWriter();
        AimsCsv.WriteMappingSet(writer, set);
        var read = AimsCsv.ReadMappingSet(new StringReader(writer.ToString()), set.Id, set.Provenance);
        var expected = new MappingSet(set.Id, set.SourceFramework, set.TargetFramework, set.Provenance, set.Mappings);

        return (read.IsValid && read.TryGetValue(out var back) && back == expected).Label(writer + "\n" + string.Join("\n", read.Diagnostics));
    }

    private static string Difference(MappingSet set, AimsResult<IReadOnlyList<MappingSet>> read)
    {
        if (!read.TryGetPartialValue(out var sets) || sets.Count != 1)
        {
            return "not one set";
        }

        var back = sets[0];
        return $"id {set.Id == back.Id} '{back.Id}' vs '{set.Id}'; frameworks {set.SourceFramework == back.SourceFramework}/{set.TargetFramework == back.TargetFramework} '{back.SourceFramework}' vs '{set.SourceFramework}', '{back.TargetFramework}' vs '{set.TargetFramework}'; "
            + $"provenance {set.Provenance == back.Provenance} {back.Provenance.SourceDocument}|{back.Provenance.Version}|{back.Provenance.Authors}|{back.Provenance.Method}|{back.Provenance.Status}|{back.Provenance.Date}|{back.Provenance.Licence} vs {set.Provenance.SourceDocument}|{set.Provenance.Version}|{set.Provenance.Authors}|{set.Provenance.Method}|{set.Provenance.Status}|{set.Provenance.Date}|{set.Provenance.Licence}; scale {set.StrengthScale == back.StrengthScale}; mappings {set.Mappings.SequenceEqual(back.Mappings)} "
            + string.Join(" | ", set.Mappings.Zip(back.Mappings).Where(p => p.First != p.Second).Take(1).Select(p => $"{p.First} [{p.First.Notes}] vs {p.Second} [{p.Second.Notes}]"));
    }

    [Property]
    public Property Equal_sets_have_equal_hashes_and_a_changed_mapping_makes_them_unequal(MappingSet set)
    {
        var copy = new MappingSet(set.Id, set.SourceFramework, set.TargetFramework, set.Provenance, set.Mappings, set.StrengthScale);
        var changed = set.Mappings.IsEmpty ? set : new MappingSet(set.Id, set.SourceFramework, set.TargetFramework, set.Provenance,
            [.. set.Mappings.SetItem(0, set.Mappings[0].Inverse().Inverse() is var m && m.Relationship == Relationship.EqualTo
                ? new ControlMapping(m.SourceFramework, m.SourceId, m.TargetFramework, m.TargetId, Relationship.NoRelationship, m.Rationale, m.Confidence, m.Strength, m.Notes)
                : new ControlMapping(m.SourceFramework, m.SourceId, m.TargetFramework, m.TargetId, Relationship.EqualTo, m.Rationale, m.Confidence, m.Strength, m.Notes))],
            set.StrengthScale);

        return (copy == set && copy.GetHashCode() == set.GetHashCode() && (set.Mappings.IsEmpty || changed != set)).ToProperty();
    }
}
