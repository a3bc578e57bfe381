namespace Aims.Model;

/// <summary>Progress of a risk treatment plan.</summary>
public enum TreatmentStatus
{
    /// <summary>Planned, not started.</summary>
    Planned,

    /// <summary>Under way.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Completed,
}
