namespace Aims.Mapping;

/// <summary>The review status of a mapping set.</summary>
public enum MappingStatus
{
    /// <summary>Authored, not yet reviewed.</summary>
    Draft,

    /// <summary>Reviewed by a second person.</summary>
    Reviewed,

    /// <summary>Published by its author (for example a crosswalk hosted by NIST).</summary>
    Published,
}
