using Aims.Model;
using Aims.Serialization.Csv;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(AiSystemArbitraries)])]
public class CsvRoundTripTests
{
    [Property]
    public bool Inventory_round_trips_through_csv(AiSystem[] systems)
    {
        using var writer = new StringWriter();
        AiSystemCsv.Write(writer, systems);

        using var reader = new StringReader(writer.ToString());
        return AiSystemCsv.Read(reader).GetValueOrThrow().Select(s => (s.Id, s.Name)).SequenceEqual(systems.Select(s => (s.Id, s.Name)));
    }

    [Fact]
    public void Write_emits_header_and_quotes_commas()
    {
        using var writer = new StringWriter();
        AiSystemCsv.Write(writer, [new AiSystem("a1", "Chat, bot")]);

        Assert.Equal("Id,Name\na1,\"Chat, bot\"\n", writer.ToString());
    }

    [Fact]
    public void Read_reports_every_invalid_row_instead_of_throwing()
    {
        using var reader = new StringReader("Id,Name\nok-1,Fine\nbad id,X\nok-2,  \n");

        var result = AiSystemCsv.Read(reader);

        Assert.False(result.IsValid);
        Assert.Equal(["/rows/3/Id", "/rows/4/Name"], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal(AiSystemCsv.InvalidRowCode, d.Code));
        var ex = Assert.Throws<AimsValidationException>(() => result.GetValueOrThrow());
        Assert.Contains("2 problem(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_a_missing_header_column()
    {
        using var reader = new StringReader("Id,Title\na1,X\n");

        var result = AiSystemCsv.Read(reader);

        Assert.Equal(AiSystemCsv.InvalidHeaderCode, Assert.Single(result.Diagnostics).Code);
    }
}
