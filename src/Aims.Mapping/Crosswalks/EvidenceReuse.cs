namespace Aims.Mapping;

/// <summary>How far a shared control's evidence answers another framework's audit request.</summary>
public enum EvidenceReuse
{
    /// <summary>In full: the item is equal or equivalent to the anchor, or a subset of it.</summary>
    Full,

    /// <summary>In part: the requirements overlap strongly (intersects-with, high confidence) or the item is a superset of the anchor; the auditor may ask for more.</summary>
    Partial,
}
