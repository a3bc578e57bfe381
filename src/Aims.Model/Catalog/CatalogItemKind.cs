namespace Aims.Model;

/// <summary>The kind of an item in a framework catalog.</summary>
public enum CatalogItemKind
{
    /// <summary>A clause or sub-clause of the management-system requirements.</summary>
    Clause,

    /// <summary>A group of Annex A controls sharing an objective.</summary>
    AnnexGroup,

    /// <summary>An Annex A control.</summary>
    Control,
}
