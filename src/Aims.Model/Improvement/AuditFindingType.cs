namespace Aims.Model;

/// <summary>The grade of an audit finding.</summary>
public enum AuditFindingType
{
    /// <summary>A requirement is not met in a way that puts the system's outcomes in doubt.</summary>
    MajorNonconformity,

    /// <summary>A requirement is not fully met, without a systemic failure.</summary>
    MinorNonconformity,

    /// <summary>Not a nonconformity, but could become one.</summary>
    Observation,

    /// <summary>A suggestion for improvement.</summary>
    OpportunityForImprovement,
}
