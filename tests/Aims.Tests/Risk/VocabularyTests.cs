using System.Reflection;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Risk;

public class VocabularyTests
{
    /// <summary>Every public enum of every shipped package.</summary>
    public static TheoryData<Type> Enums =>
    [
        .. new[] { typeof(RecordCounts), typeof(AiSystem), typeof(Relationship), typeof(AimsCsv), typeof(AimsJson) }
            .Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    [Fact]
    public void Relationships_use_the_OSCAL_tokens()
    {
        Assert.Equal(["equal-to", "equivalent-to", "subset-of", "superset-of", "intersects-with", "no-relationship"], Vocabulary.Words<Relationship>());
        Assert.Equal(
            ["equal-to", "equivalent-to", "subset-of", "superset-of", "intersects-with", "overlaps", "no-relationship", "unknown"],
            Vocabulary.Words<InferredRelationship>());
    }

    [Theory]
    [InlineData("intersects-with")]
    [InlineData("IntersectsWith")]
    [InlineData("intersectsWith")]
    [InlineData("INTERSECTS_WITH")]
    [InlineData(" intersects with ")]
    public void Readers_accept_the_spellings_people_type(string text)
    {
        Assert.True(Vocabulary.TryParse<Relationship>(text, out var relationship));
        Assert.Equal(Relationship.IntersectsWith, relationship);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("")]
    [InlineData("intersects")]
    [InlineData("intersects-within")]
    [InlineData(null)]
    public void Numbers_and_other_words_are_not_members(string? text) =>
        Assert.False(Vocabulary.TryParse<Relationship>(text, out _));

    [Fact]
    public void Other_enums_use_camelCase_names()
    {
        Assert.Equal("runAverage", Vocabulary.Word(Aims.Risk.VulnerabilityMode.RunAverage));
        Assert.Equal("partiallyCovered", Vocabulary.Word(CoverageStatus.PartiallyCovered));
        Assert.Equal("deployer", Vocabulary.Word(EuAiActOperatorRole.Deployer));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vocabulary.Word((Relationship)99));
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_member_has_one_word_that_reads_back_as_it_whatever_the_spelling(Type enumType) =>
        typeof(VocabularyTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(enumType).Invoke(null, null);

    [Fact]
    public void Mapping_set_readers_accept_every_spelling_of_a_relationship()
    {
        var provenance = new MappingProvenance("d", "1", "a", "m", MappingStatus.Draft, new DateOnly(2026, 1, 1), "l");
        foreach (var spelling in new[] { "intersects-with", "IntersectsWith", "intersectsWith" })
        {
            var csv = $"sourceFramework,sourceId,targetFramework,targetId,relationship\niso42001,A.2.2,iso27001,5.2,{spelling}\n";
            var json = $$"""
                {"kind": "mapping-set", "schemaVersion": "1.0", "id": "m", "sourceFramework": "iso42001", "targetFramework": "iso27001",
                 "provenance": {"sourceDocument": "d", "version": "1", "authors": "a", "method": "m", "status": "draft", "date": "2026-01-01", "licence": "l"},
                 "mappings": [{"sourceId": "A.2.2", "targetId": "5.2", "relationship": "{{spelling}}", "rationale": "semantic"}]}
                """;

            Assert.Equal(Relationship.IntersectsWith, Assert.Single(AimsCsv.ReadMappingSet(new StringReader(csv), "m", provenance).GetValueOrThrow().Mappings).Relationship);
            Assert.Equal(Relationship.IntersectsWith, Assert.Single(AimsJson.ReadMappingSet(json).GetValueOrThrow().Mappings).Relationship);
        }
    }

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var words = Vocabulary.Words<TEnum>();
        Assert.Equal(words.Length, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var value in Enum.GetValues<TEnum>().Distinct())
        {
            var word = Vocabulary.Word(value);
            Assert.Contains(word, words);
            Assert.True(char.IsLower(word[0]), $"{typeof(TEnum).Name}.{value}: '{word}' does not start in lower case.");
            foreach (var spelling in new[] { word, word.ToUpperInvariant(), value.ToString(), value.ToString().ToLowerInvariant() })
            {
                Assert.True(Vocabulary.TryParse<TEnum>(spelling, out var read), $"{typeof(TEnum).Name}: '{spelling}' does not read.");
                Assert.Equal(value, read);
            }

            Assert.False(Vocabulary.TryParse<TEnum>(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        }

        Assert.Equal(string.Join(", ", words), Vocabulary.WordList<TEnum>());
    }
}
