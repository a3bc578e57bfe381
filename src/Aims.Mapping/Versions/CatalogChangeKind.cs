namespace Aims.Mapping;

/// <summary>What changed between two versions of a framework.</summary>
public enum CatalogChangeKind
{
    /// <summary>An item is new in the later version.</summary>
    Added,

    /// <summary>An item of the earlier version is gone, with no known successor.</summary>
    Removed,

    /// <summary>An item has a new id (from the later version's renumbering, or inferred from an unchanged title).</summary>
    Renumbered,

    /// <summary>An item kept its id but has a new title.</summary>
    Retitled,

    /// <summary>An item kept its id and title but its shipped text changed.</summary>
    Reworded,

    /// <summary>A part of the application timeline applies from another date.</summary>
    DateMoved,

    /// <summary>A part of the application timeline is new in the later version.</summary>
    DateAdded,

    /// <summary>A part of the application timeline of the earlier version is gone.</summary>
    DateRemoved,
}
