using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An item of a framework catalog: a clause, control, function, category, subcategory, article, risk or domain.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class FrameworkItem : IEquatable<FrameworkItem>
{
    /// <summary>The maximum length of an item id.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Initializes a new instance of the <see cref="FrameworkItem"/> class.</summary>
    /// <param name="frameworkId">The framework, for example <c>iso42001</c>.</param>
    /// <param name="id">The id as printed in the framework, for example <c>A.5.1</c>, <c>GOVERN 1.1</c> or <c>Art.27</c>.</param>
    /// <param name="kind">The kind, for example <c>control</c>, <c>subcategory</c> or <c>article</c> (see <see cref="FrameworkItemKinds"/>).</param>
    /// <param name="parentId">The parent item's id; <see langword="null"/> at the top level.</param>
    /// <param name="title">A short title (for ISO: our own words).</param>
    /// <param name="text">Text, where the licence allows it or the customer attached it; optional.</param>
    /// <param name="properties">Further facts, for example <c>appliesTo</c> for EU AI Act articles.</param>
    /// <exception cref="ArgumentException">An id, kind or title is blank, or the id is longer than <see cref="MaxIdLength"/>.</exception>
    public FrameworkItem(
        string frameworkId, string id, string kind, string? parentId, string title, string? text = null,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(frameworkId);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (id.Length > MaxIdLength || id != id.Trim())
        {
            throw new ArgumentException($"An item id must be 1 to {MaxIdLength} characters without surrounding whitespace.", nameof(id));
        }

        FrameworkId = frameworkId;
        Id = id;
        Kind = kind;
        ParentId = string.IsNullOrWhiteSpace(parentId) ? null : parentId;
        Title = title.Trim();
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        Properties = properties?.ToImmutableSortedDictionary(StringComparer.Ordinal) ?? ImmutableSortedDictionary<string, string>.Empty;
    }

    /// <summary>Gets the framework id.</summary>
    public string FrameworkId { get; }

    /// <summary>Gets the item id.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public string Kind { get; }

    /// <summary>Gets the parent id, or <see langword="null"/> at the top level.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text, if any: verbatim where the licence allows it, or attached from the customer's licensed copy.</summary>
    public string? Text { get; }

    /// <summary>Gets further facts about the item.</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; }

    /// <summary>Gets the item as <c>framework:id</c>.</summary>
    public string Key => $"{FrameworkId}:{Id}";

    /// <summary>Gets a value indicating whether the item is a control (kind <see cref="FrameworkItemKinds.Control"/>).</summary>
    public bool IsControl => Kind == FrameworkItemKinds.Control;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, properties by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FrameworkItem? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(FrameworkId, other.FrameworkId)
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Kind, other.Kind)
            && ValueEquality.Text(ParentId, other.ParentId)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Text, other.Text)
            && ValueEquality.Sequence(Properties, other.Properties));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FrameworkItem);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(FrameworkId, StringComparer.Ordinal);
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Kind, StringComparer.Ordinal);
        hash.Add(ParentId, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Text, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Properties));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FrameworkItem? left, FrameworkItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FrameworkItem? left, FrameworkItem? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Title}";

    internal FrameworkItem WithText(string text) => new(FrameworkId, Id, Kind, ParentId, Title, text, Properties);
}
