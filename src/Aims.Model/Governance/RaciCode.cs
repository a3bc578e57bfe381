namespace Aims.Model;

/// <summary>A role's part in an activity of a RACI matrix.</summary>
public enum RaciCode
{
    /// <summary>Does the work.</summary>
    Responsible,

    /// <summary>Answers for the outcome; exactly one per activity.</summary>
    Accountable,

    /// <summary>Is consulted before decisions (two-way).</summary>
    Consulted,

    /// <summary>Is kept informed (one-way).</summary>
    Informed,
}
