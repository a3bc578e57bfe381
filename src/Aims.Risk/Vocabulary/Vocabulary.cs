using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Aims;

/// <summary>
/// The one vocabulary of the Aims enums: the word every Aims writer (JSON, CSV, OSCAL) and every text output uses for
/// each member, and the reader that accepts the spellings people type.
/// </summary>
/// <remarks>
/// <para>A member's word is its <see cref="WordAttribute"/> when it has one (the mapping relationships use OSCAL's
/// kebab-case tokens: <c>intersects-with</c>), else its name in camelCase (<c>runAverage</c>,
/// <c>partiallyCovered</c>).</para>
/// <para><see cref="TryParse{TEnum}"/> accepts the word and the member name in any letter case, with or without
/// <c>-</c>, <c>_</c> and spaces between the parts: <c>intersects-with</c>, <c>IntersectsWith</c>,
/// <c>intersectsWith</c> and <c>INTERSECTS_WITH</c> all read as <c>IntersectsWith</c>. Numbers are never
/// accepted.</para>
/// <para>The table of an enum is built once, on first use; the class is safe to use from several threads at once.</para>
/// </remarks>
public static class Vocabulary
{
    /// <summary>Gets the word for a member.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its word, for example <c>intersects-with</c> or <c>runAverage</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string Word<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.WordOf.TryGetValue(value, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    /// <summary>Reads a member from text a person or another tool wrote.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The text: the word or the member name, in any case, with or without separators.</param>
    /// <param name="value">The member read, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a member.</returns>
    public static bool TryParse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>([NotNullWhen(true)] string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && Table<TEnum>.ByKey.TryGetValue(Key(text), out value);
    }

    /// <summary>Gets the words of an enum's members, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The words.</returns>
    public static ImmutableArray<string> Words<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Words;

    /// <summary>Gets the words of an enum's members separated by <c>", "</c>, for messages (<c>low, medium, high</c>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The list.</returns>
    public static string WordList<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.WordList;

    /// <summary>The text without separators; letter case is ignored by the dictionary.</summary>
    private static string Key(string text) =>
        string.Concat(text.Where(c => c is not ('-' or '_' or ' ' or '\t')));

    /// <summary>camelCase as <c>System.Text.Json</c> writes it: a leading run of capitals is lowered, except the last one before a lower-case letter.</summary>
    private static string CamelCase(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            if (i > 0 && i + 1 < chars.Length && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The tables of one enum, built once from its members.</summary>
    private static class Table<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
#pragma warning disable CA1810 // The tables are built together in one pass over the members.
        static Table()
#pragma warning restore CA1810
        {
            var words = new Dictionary<TEnum, string>();
            var keys = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
            var ordered = ImmutableArray.CreateBuilder<string>();
            foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (TEnum)field.GetValue(null)!;
                var word = field.GetCustomAttribute<WordAttribute>()?.Word ?? CamelCase(field.Name);
                if (!words.TryAdd(value, word))
                {
                    continue; // an alias of an earlier member keeps that member's word
                }

                ordered.Add(word);
                foreach (var key in new[] { Key(word), Key(field.Name) })
                {
                    if (keys.TryGetValue(key, out var other) && !EqualityComparer<TEnum>.Default.Equals(other, value))
                    {
                        throw new InvalidOperationException($"{typeof(TEnum).Name}: '{key}' would name two members.");
                    }

                    keys[key] = value;
                }
            }

            WordOf = words.ToFrozenDictionary();
            ByKey = keys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            Words = ordered.ToImmutable();
            WordList = string.Join(", ", Words);
        }

        public static FrozenDictionary<TEnum, string> WordOf { get; }

        public static FrozenDictionary<string, TEnum> ByKey { get; }

        public static ImmutableArray<string> Words { get; }

        public static string WordList { get; }
    }
}
