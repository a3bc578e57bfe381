namespace Aims.Model;

/// <summary>An item of the ISO/IEC 42001 catalog: id, kind, parent, our short title and optional licensed text.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CatalogItem
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

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";

    internal CatalogItem WithText(string? text) => new(Id, Kind, ParentId, Title, text);
}
