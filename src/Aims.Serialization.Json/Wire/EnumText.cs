namespace Aims.Serialization.Json.Wire;

/// <summary>Enum members on the wire: the words of <see cref="Vocabulary"/> (camelCase, OSCAL tokens for relationships).</summary>
internal static class EnumText
{
    public static string Write<TEnum>(TEnum value)
        where TEnum : struct, Enum => Vocabulary.Word(value);

    public static string? Write<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Write(v) : null;

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Vocabulary.TryParse<TEnum>(text, out value);

    public static string Names<TEnum>()
        where TEnum : struct, Enum => Vocabulary.WordList<TEnum>();
}
