using System.Text;

namespace Aims.Cli;

/// <summary>
/// A writer for the terminal that shows control, bidirectional and zero-width characters as <c>\uXXXX</c> (line breaks
/// and tabs excepted), so text from a file (a member name, an id, free text) can neither send escape sequences to the
/// terminal nor reorder what is shown.
/// </summary>
internal sealed class TerminalText(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>Wraps <paramref name="writer"/> unless it already escapes.</summary>
    public static TextWriter Safe(TextWriter writer) => writer as TerminalText ?? new TerminalText(writer);

    /// <summary>Whether <paramref name="c"/> is shown escaped.</summary>
    public static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    public override void Write(char value)
    {
        if (IsHidden(value))
        {
            inner.Write($"\\u{(int)value:X4}");
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null || !value.Any(IsHidden))
        {
            inner.Write(value);
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();
}
