using System.Globalization;

namespace Aims.Mapping;

/// <summary>One change between two versions of a framework: an item added, removed, renumbered, retitled or reworded, or a date of its timeline moved.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CatalogChange
{
    internal CatalogChange(CatalogChangeKind kind, string itemId, string description)
    {
        Kind = kind;
        ItemId = itemId;
        Description = description;
    }

    /// <summary>Gets what changed.</summary>
    public CatalogChangeKind Kind { get; }

    /// <summary>
    /// Gets the item id in the earlier version (in the later one for <see cref="CatalogChangeKind.Added"/>), or for a
    /// date change the timeline's scope, for example <c>high-risk-annex-iii</c>.
    /// </summary>
    public string ItemId { get; }

    /// <summary>Gets the item's id in the later version, for <see cref="CatalogChangeKind.Renumbered"/>.</summary>
    public string? NewItemId { get; internal init; }

    /// <summary>Gets the title (or the timeline row's description) in the earlier version.</summary>
    public string? OldTitle { get; internal init; }

    /// <summary>Gets the title (or the timeline row's description) in the later version.</summary>
    public string? NewTitle { get; internal init; }

    /// <summary>Gets the date in the earlier version, for a date change.</summary>
    public DateOnly? OldDate { get; internal init; }

    /// <summary>Gets the date in the later version, for a date change.</summary>
    public DateOnly? NewDate { get; internal init; }

    /// <summary>Gets the act or source that made the change, for a date change (for example <c>Regulation (EU) 2026/1744</c>), or <see langword="null"/>.</summary>
    public string? ChangedBy { get; internal init; }

    /// <summary>Gets how sure the later version's date is, for a date change.</summary>
    public SourceCertainty? Certainty { get; internal init; }

    /// <summary>Gets why a renumbering is known: <c>renumbering table</c> (the later version's own) or <c>same title</c> (inferred).</summary>
    public string? Basis { get; internal init; }

    /// <summary>Gets the change in one sentence, for people.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the change is about the application timeline rather than an item.</summary>
    public bool IsDateChange => Kind is CatalogChangeKind.DateMoved or CatalogChangeKind.DateAdded or CatalogChangeKind.DateRemoved;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {ItemId}: {Description}");
}
