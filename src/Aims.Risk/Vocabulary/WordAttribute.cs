namespace Aims;

/// <summary>
/// Gives an enum member the word that <see cref="Vocabulary"/> uses for it in every file format and in text
/// output, when that word is not the member's camelCase name (for example OSCAL's <c>intersects-with</c>).
/// </summary>
/// <param name="word">The word: lower-case letters and digits, words separated by <c>-</c>.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class WordAttribute(string word) : Attribute
{
    /// <summary>Gets the word.</summary>
    public string Word { get; } = word;
}
