using System.Globalization;
using System.Text;

namespace Aims.Serialization.Csv;

/// <summary>
/// Cell encodings: spreadsheet formula neutralisation, and lists (<c>a; b; c</c>) of records (<c>x | y | z</c>)
/// with backslash escapes, so list cells round-trip any text.
/// </summary>
internal static class CellText
{
    /// <summary>
    /// Prefixes a cell that a spreadsheet would run as a formula (or that starts like an escaped one) with <c>'</c>.
    /// The writers quote every cell this changed (<see cref="IsNeutralised"/>), and that quoting is the mark: the
    /// reader removes the <c>'</c> only from a quoted cell (<see cref="Restore"/>), so a hand-made unquoted cell such as
    /// <c>'-5 dB</c> keeps its apostrophe.
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && (IsTrigger(value[0]) || (value[0] == '\'' && value.Length > 1 && (IsTrigger(value[1]) || value[1] == '\''))) ? "'" + value : value;

    /// <summary>Whether a written field is the result of <see cref="Neutralise"/> (only that makes <c>'</c> + trigger or <c>''</c>).</summary>
    public static bool IsNeutralised(string field) =>
        field.Length > 1 && field[0] == '\'' && (IsTrigger(field[1]) || field[1] == '\'');

    /// <summary>Undoes <see cref="Neutralise"/> for a field that was quoted in the file; an unquoted field is data as it is.</summary>
    public static string Restore(string field, bool quoted) => quoted && IsNeutralised(field) ? field[1..] : field;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> items) => string.Join("; ", items.Select(i => Escape(i, ";|")));

    public static string JoinRecords(IEnumerable<IEnumerable<string?>> records) =>
        string.Join("; ", records.Select(r => string.Join(" | ", r.Select(f => Escape(f ?? "", ";|")))));

    public static List<string> Split(string cell) => [.. SplitEscaped(cell, ';').Select(s => Unescape(s.Trim())).Where(s => s.Length > 0)];

    public static List<string[]> SplitRecords(string cell) =>
        [.. SplitEscaped(cell, ';').Where(s => s.Trim().Length > 0).Select(r => SplitEscaped(r, '|').Select(f => Unescape(f.Trim())).ToArray())];

    /// <summary>A list inside one field of a record (<c>EU, eu-central-1</c>): items joined with <c>,</c>, escaped like the outer lists.</summary>
    public static string JoinInner(IEnumerable<string> items) => string.Join(", ", items.Select(i => Escape(i, ",")));

    /// <summary>Splits a field written by <see cref="JoinInner"/>.</summary>
    public static List<string> SplitInner(string field) => [.. SplitEscaped(field, ',').Select(s => Unescape(s.Trim())).Where(s => s.Length > 0)];

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string Escape(string value, string specials)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '\\' || specials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        // Model text is trimmed by its constructors, so trimming list items on reading loses nothing.
        return builder.ToString();
    }

    private static IEnumerable<string> SplitEscaped(string cell, char separator)
    {
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\')
            {
                i++;
            }
            else if (cell[i] == separator)
            {
                yield return cell[start..i];
                start = i + 1;
            }
        }

        yield return cell[start..];
    }

    private static string Unescape(string field)
    {
        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
            }

            builder.Append(field[i]);
        }

        return builder.ToString();
    }
}
