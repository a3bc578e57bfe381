using Aims.Model;
using Aims.Serialization.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

/// <summary>Text for a cell: apostrophes, formula triggers, CSV specials and letters, never blank.</summary>
public sealed record CellString(string Text);

/// <summary>Text a person types into a CSV file by hand without quoting: no comma, quote or line break, no edge spaces.</summary>
public sealed record HandMadeCell(string Text);

/// <summary>FsCheck generators for cell text, dense in the characters formula neutralisation is about.</summary>
public static class CellArbitraries
{
    public static Arbitrary<CellString> Cells() =>
        Text("''=+-@\t,\";|\\ ab5").Select(t => new CellString(t)).ToArbitrary();

    public static Arbitrary<HandMadeCell> HandMadeCells() =>
        Text("''=+-@;|\\ ab5").Select(t => new HandMadeCell(t.Trim())).Where(c => c.Text.Length > 0).ToArbitrary();

    private static Gen<string> Text(string alphabet) =>
        Gen.Elements(alphabet.ToCharArray()).ArrayOf().Select(c => new string(c)).Where(t => t.Trim().Length > 0 && t.Length <= 20);
}

/// <summary>
/// Issue 13, reproduction 9: a hand-made CSV cell <c>'-5 dB</c> lost its apostrophe. The writer still neutralises
/// formula-like cells with a leading <c>'</c>, but quotes them, and the reader removes the <c>'</c> from quoted cells
/// only: what we write reads back exactly, and what a person writes unquoted is read as written.
/// </summary>
[Properties(Arbitrary = [typeof(CellArbitraries)])]
public class CsvApostropheProperties
{
    [Property]
    public Property Written_text_reads_back_exactly(CellString cell)
    {
        var system = new AiSystem("s1", "Name").WithPurpose(cell.Text);
        var writer = new StringWriter();
        AimsCsv.WriteInventory(writer, [system]);

        var back = AimsCsv.ReadInventory(new StringReader(writer.ToString()));

        return (back.IsValid && back.TryGetValue(out var systems) && systems[0].Purpose == system.Purpose).Label(writer.ToString());
    }

    [Property]
    public Property A_hand_made_unquoted_cell_is_read_as_written(HandMadeCell cell)
    {
        var back = AimsCsv.ReadInventory(new StringReader($"Id,Name,Purpose\ns1,Name,{cell.Text}\n"));

        return (back.IsValid && back.TryGetValue(out var systems) && systems[0].Purpose == cell.Text).Label(cell.Text);
    }

    [Theory]
    [InlineData("'-5 dB")]
    [InlineData("'=not a formula")]
    [InlineData("''")]
    [InlineData("'@home")]
    public void A_hand_made_apostrophe_is_kept(string cell)
    {
        var back = AimsCsv.ReadInventory(new StringReader($"Id,Name,Purpose\ns1,Name,{cell}\n"));

        Assert.Equal(cell, Assert.Single(back.Partial()).Purpose);
    }

    [Fact]
    public void A_neutralised_cell_is_written_quoted_so_the_reader_knows_it()
    {
        var writer = new StringWriter();

        AimsCsv.WriteInventory(writer, [new AiSystem("s1", "Name").WithPurpose("-5 dB")]);

        Assert.Contains(",\"'-5 dB\"", writer.ToString(), StringComparison.Ordinal);
    }
}
