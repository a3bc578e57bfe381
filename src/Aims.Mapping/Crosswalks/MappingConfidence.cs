namespace Aims.Mapping;

/// <summary>How sure the author of a mapping is (OSCAL <c>confidence-score</c> categories).</summary>
public enum MappingConfidence
{
    /// <summary>Not stated by the source.</summary>
    Unspecified,

    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,
}
