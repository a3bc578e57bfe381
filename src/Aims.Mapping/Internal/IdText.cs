namespace Aims.Mapping.Internal;

/// <summary>Identifier checks of the mapping types: no character that hides or drives a terminal.</summary>
internal static class IdText
{
    /// <summary>
    /// Throws when <paramref name="value"/> holds a control character, a bidirectional embedding, override, isolate or
    /// mark, or a zero-width character: two ids that look alike would map differently, and a terminal would obey them.
    /// </summary>
    public static void ThrowIfHidden(string value, string paramName)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
                or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF')
            {
                throw new ArgumentException($"An identifier must not contain control, bidirectional or zero-width characters; got U+{(int)c:X4} at position {i + 1}.", paramName);
            }
        }
    }
}
