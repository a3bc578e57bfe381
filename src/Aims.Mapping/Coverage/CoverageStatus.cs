namespace Aims.Mapping;

/// <summary>How far an item of a target framework is covered by the implemented ISO/IEC 42001 AIMS.</summary>
public enum CoverageStatus
{
    /// <summary>An implemented 42001 item contains it (equal, equivalent, or the item is a subset of it).</summary>
    Covered,

    /// <summary>An implemented 42001 item overlaps it, or a containing item is still being implemented.</summary>
    PartiallyCovered,

    /// <summary>No mapping, or nothing mapped is implemented.</summary>
    NotCovered,

    /// <summary>Everything it maps to is excluded in the Statement of Applicability.</summary>
    NotApplicable,
}
