using System.Globalization;
using System.Text;

namespace Aims.Serialization.Json.Oscal;

/// <summary>
/// Checks of the OSCAL 1.2 datatypes that the mapping import reads, with the same acceptance as the datatype
/// patterns of NIST's OSCAL JSON Schemas (ECMA-262 semantics: <c>\S</c> is not whitespace, <c>.</c> is not a line
/// terminator), written from their definitions rather than copied.
/// </summary>
internal static class OscalDatatypes
{
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>The kinds of text value the import checks.</summary>
    public enum Kind
    {
        /// <summary><c>StringDatatype</c>: one line, not empty, no whitespace at either end.</summary>
        String,

        /// <summary><c>TokenDatatype</c>: a letter or <c>_</c>, then letters, digits, <c>.</c>, <c>-</c>, <c>_</c>.</summary>
        Token,

        /// <summary><c>UUIDDatatype</c>: an RFC 4122 UUID of version 4 or 5.</summary>
        Uuid,

        /// <summary><c>DateTimeWithTimezoneDatatype</c>: a real calendar date and time, 1900–2999, with a UTC offset.</summary>
        DateTime,

        /// <summary><c>MarkupLineDatatype</c>: one line, not empty.</summary>
        MarkupLine,

        /// <summary><c>MarkupMultilineDatatype</c>: any string.</summary>
        Markup,

        /// <summary><c>URIDatatype</c>: an absolute URI with a scheme.</summary>
        Uri,

        /// <summary><c>URIReferenceDatatype</c>: an absolute URI or a relative reference.</summary>
        UriReference,
    }

    /// <summary>What a value of each kind looks like, for messages.</summary>
    public static string Describe(Kind kind) => kind switch
    {
        Kind.String => "a non-empty one-line string without whitespace at either end (OSCAL StringDatatype)",
        Kind.Token => "a token: a letter or _ followed by letters, digits, '.', '-' or '_' (OSCAL TokenDatatype)",
        Kind.Uuid => "a version 4 or 5 UUID per RFC 4122, 8-4-4-4-12 hex digits (OSCAL UUIDDatatype)",
        Kind.DateTime => "a date and time with a time zone, such as 2026-01-31T09:30:00Z (OSCAL DateTimeWithTimezoneDatatype)",
        Kind.MarkupLine => "a non-empty single line (OSCAL MarkupLineDatatype)",
        Kind.Markup => "a string (OSCAL MarkupMultilineDatatype)",
        Kind.Uri => "an absolute URI with a scheme (OSCAL URIDatatype)",
        _ => "a URI or relative reference without spaces (OSCAL URIReferenceDatatype)",
    };

    public static bool Is(Kind kind, string value) => kind switch
    {
        Kind.String => IsString(value),
        Kind.Token => IsToken(value),
        Kind.Uuid => IsUuid(value),
        Kind.DateTime => TryDateTime(value, out _),
        Kind.MarkupLine => value.Length > 0 && !value.Contains('\n', StringComparison.Ordinal),
        Kind.Markup => true,
        Kind.Uri => IsUri(value),
        _ => OscalText.IsUriReference(value),
    };

    /// <summary>A version 4 or 5 UUID: 8-4-4-4-12 hex digits, version digit 4 or 5, variant digit 8, 9, a or b.</summary>
    public static bool IsUuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? value[i] == '-' : char.IsAsciiHexDigit(value[i]);
            if (!ok)
            {
                return false;
            }
        }

        return value[14] is '4' or '5' && value[19] is '8' or '9' or 'a' or 'b' or 'A' or 'B';
    }

    /// <summary>A token (an XML NCName as OSCAL restricts it): letters are Unicode letters, digits Unicode numbers.</summary>
    public static bool IsToken(string value)
    {
        var first = true;
        foreach (var rune in value.EnumerateRunes())
        {
            var letter = Rune.IsLetter(rune) || rune.Value == '_';
            if (!(first ? letter : letter || Rune.IsNumber(rune) || rune.Value is '.' or '-'))
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    /// <summary>OSCAL's string: not empty, no whitespace at either end and no line terminator anywhere.</summary>
    public static bool IsString(string value) =>
        value.Length > 0 && !IsSpace(value[0]) && !IsSpace(value[^1]) && value.AsSpan().IndexOfAny("\n\r\u2028\u2029") < 0;

    /// <summary>A date and time with a required offset, on a real calendar day of the years 1900 to 2999, with an offset a time zone uses.</summary>
    public static bool TryDateTime(string value, out DateTimeOffset result)
    {
        result = default;
        var offsetAt = value.Length - (value.EndsWith('Z') ? 1 : 6);
        if (offsetAt < 19 || value[10] != 'T' || !ValidOffset(value.AsSpan(offsetAt)))
        {
            return false;
        }

        var fraction = value.AsSpan(19, offsetAt - 19);
        if (fraction.Length > 0 && (fraction.Length < 2 || fraction[0] != '.' || !AllDigits(fraction[1..])))
        {
            return false;
        }

        // Whole seconds are parsed exactly; a fraction of any length only has to be digits (the schema allows any).
        var text = value[..19] + (value[offsetAt] == 'Z' ? "+00:00" : value[offsetAt..]);
        return AllDigits(value.AsSpan(0, 4)) && value[0] is '1' or '2' && (value[0] == '2' || value[1] == '9')
            && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
    }

    /// <summary>An absolute URI: a scheme of at least two characters, a colon and something after it.</summary>
    public static bool IsUri(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon >= 2 && colon < value.Length - 1 && char.IsAsciiLetter(value[0])
            && !value.AsSpan(1, colon - 1).ContainsAnyExcept(SchemeCharacters)
            && value.AsSpan(colon + 1).IndexOfAny("\n\r\u2028\u2029") < 0
            && System.Uri.TryCreate(value, UriKind.Absolute, out _);
    }

    // ECMA-262 \s: white space and line terminators (the Unicode space separators, tab, VT, FF, NBSP, BOM, LF, CR, LS, PS).
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private static bool AllDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');

    // The offsets the schema lists: -12:00..-00:00 by hours, -03:30, -09:30, +00:00..+14:00 by hours,
    // +03:30, +04:30, +05:30, +06:30, +09:30, +10:30, +05:45, +08:45, +12:45.
    private static bool ValidOffset(ReadOnlySpan<char> offset)
    {
        if (offset is "Z")
        {
            return true;
        }

        if (offset.Length != 6 || offset[0] is not ('+' or '-') || offset[3] != ':' || !AllDigits(offset.Slice(1, 2)) || !AllDigits(offset.Slice(4, 2)))
        {
            return false;
        }

        var hours = int.Parse(offset.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return (offset[0], offset[4..].ToString()) switch
        {
            ('-', "00") => hours <= 12,
            ('-', "30") => hours is 3 or 9,
            ('+', "00") => hours <= 14,
            ('+', "30") => hours is 3 or 4 or 5 or 6 or 9 or 10,
            ('+', "45") => hours is 5 or 8 or 12,
            _ => false,
        };
    }
}
