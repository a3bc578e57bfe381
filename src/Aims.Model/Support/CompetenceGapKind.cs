namespace Aims.Model;

/// <summary>What is missing for a role's competence (<see cref="CompetenceGap"/>).</summary>
public enum CompetenceGapKind
{
    /// <summary>The role is responsible or accountable in the RACI matrix, but no competence is stated for it (clause 7.2 a).</summary>
    NotDefined,

    /// <summary>A competence is required of the role and nobody in the role has a record of it (clause 7.2 b, d).</summary>
    NoRecord,

    /// <summary>A competence is required of the role and every record of it has expired.</summary>
    Expired,
}
