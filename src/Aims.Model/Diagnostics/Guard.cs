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
                $"An identifier must be 1 to {MaxIdLength} characters without whitespace; got '{value}'.", paramName);
        }

        return value;
    }

    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }

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
