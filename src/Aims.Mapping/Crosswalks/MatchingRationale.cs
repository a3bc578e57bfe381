namespace Aims.Mapping;

/// <summary>Why a relationship holds (NIST IR 8477 §4.3; OSCAL <c>matching-rationale</c>).</summary>
public enum MatchingRationale
{
    /// <summary>Based on wording.</summary>
    Syntactic,

    /// <summary>Based on meaning.</summary>
    Semantic,

    /// <summary>Based on the results of carrying them out.</summary>
    Functional,
}
