using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>Argument checks shared by the validating constructors, so every type words its errors alike.</summary>
internal static class Guard
{
    public const int MaxIdLength = 64;

    public static string Id(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value.Length > MaxIdLength || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"An identifier must be 1 to {MaxIdLength} characters without whitespace; got '{Visible(value)}'.", paramName);
        }

        if (HiddenAt(value) is { } index)
        {
            throw new ArgumentException(
                $"An identifier must not contain control, bidirectional or zero-width characters; got U+{(int)value[index]:X4} at position {index + 1} of '{Visible(value)}'.", paramName);
        }

        return value;
    }

    /// <summary>
    /// The index of the first character that would make an identifier look like another one or drive a terminal: a control
    /// character (NUL, BEL, ESC …), a bidirectional embedding, override, isolate or mark (U+202A–U+202E, U+2066–U+2069,
    /// U+200E, U+200F, U+061C) or a zero-width character (U+200B–U+200D, U+2060, U+FEFF); <see langword="null"/> if none.
    /// </summary>
    public static int? HiddenAt(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (IsHidden(value[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="c"/> is a control, bidirectional-formatting or zero-width character.</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary>The text with every hidden character written as <c>\uXXXX</c>, safe to put in a message.</summary>
    public static string Visible(string value) =>
        HiddenAt(value) is null ? value : string.Concat(value.Select(c => IsHidden(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }

    public static double Finite(double value, string paramName) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, "The value must be finite.");

    public static int AtLeastOne(int value, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, paramName);
        return value;
    }

    public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Unknown {typeof(T).Name} value.");
        }

        return value;
    }

    public static ImmutableArray<T> List<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        ImmutableArray<T> list = [.. items];
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("The list must not contain null elements.", paramName);
        }

        return list;
    }

    public static ImmutableArray<string> TextList(IEnumerable<string>? items, string paramName)
    {
        var list = List(items, paramName);
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The list must not contain blank entries.", paramName);
        }

        return [.. list.Select(s => s.Trim())];
    }

    public static ImmutableArray<string> IdList(IEnumerable<string>? items, string paramName)
    {
        var list = List(items, paramName);
        foreach (var id in list)
        {
            Id(id, paramName);
        }

        return list;
    }

    /// <summary>Distinct, defined enum values in declaration order: a set with value semantics.</summary>
    public static ImmutableArray<T> EnumSet<T>(IEnumerable<T>? items, string paramName)
        where T : struct, Enum
    {
        if (items is null)
        {
            return [];
        }

        var set = new SortedSet<T>();
        foreach (var item in items)
        {
            set.Add(Defined(item, paramName));
        }

        return [.. set];
    }
}
