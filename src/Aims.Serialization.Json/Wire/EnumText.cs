using System.Collections.Concurrent;
using System.Text.Json;

namespace Aims.Serialization.Json.Wire;

/// <summary>Enum members on the wire: camelCase names, parsed case-insensitively; numbers are not accepted.</summary>
internal static class EnumText
{
    private static readonly ConcurrentDictionary<Type, string> NameLists = new();

    public static string Write<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string? Write<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Write(v) : null;

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(char.IsAsciiLetterOrDigit)
            && System.Enum.TryParse(text, ignoreCase: true, out value) && System.Enum.IsDefined(value);
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        NameLists.GetOrAdd(typeof(TEnum), _ => string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => Write(v))));
}
