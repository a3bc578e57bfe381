namespace Aims.Model;

/// <summary>An item of the ISO/IEC 42001 catalog: id, kind, parent, our short title and optional licensed text.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CatalogItem : IEquatable<CatalogItem>
{
    /// <summary>Initializes a new instance of the <see cref="CatalogItem"/> class.</summary>
    /// <param name="id">The identifier as numbered in the standard, for example <c>A.6.2.4</c> or <c>9.2</c>.</param>
    /// <param name="kind">The kind of item.</param>
    /// <param name="parentId">The id of the parent item; <see langword="null"/> for a top-level item.</param>
    /// <param name="title">A short title.</param>
    /// <param name="text">Requirement text from the customer's licensed copy; <see langword="null"/> when not attached.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public CatalogItem(string id, CatalogItemKind kind, string? parentId, string title, string? text = null)
    {
        Id = Guard.Id(id, nameof(id));
        Kind = Guard.Defined(kind, nameof(kind));
        ParentId = parentId is null ? null : Guard.Id(parentId, nameof(parentId));
        Title = Guard.Text(title, nameof(title));
        Text = Guard.OptionalText(text);
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public CatalogItemKind Kind { get; }

    /// <summary>Gets the parent id, or <see langword="null"/> for a top-level item.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the licensed text, or <see langword="null"/> when none is attached.</summary>
    public string? Text { get; }

    /// <summary>Gets a value indicating whether this is an Annex A control.</summary>
    public bool IsControl => Kind == CatalogItemKind.Control;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CatalogItem? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && EqualityComparer<CatalogItemKind>.Default.Equals(Kind, other.Kind)
            && ValueEquality.Text(ParentId, other.ParentId)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Text, other.Text));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogItem);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(ParentId, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Text, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CatalogItem? left, CatalogItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CatalogItem? left, CatalogItem? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";

    internal CatalogItem WithText(string? text) => new(Id, Kind, ParentId, Title, text);
}
