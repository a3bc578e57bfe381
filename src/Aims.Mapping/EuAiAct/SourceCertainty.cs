namespace Aims.Mapping;

/// <summary>How sure a fact is, with the marks of the reference file it was collected from.</summary>
public enum SourceCertainty
{
    /// <summary>Conflicting sources or a single weak source.</summary>
    Unverified,

    /// <summary>One or more secondary sources; the primary text was not read.</summary>
    Reported,

    /// <summary>Two or more independent sources agree, or the primary text was read.</summary>
    Verified,
}
