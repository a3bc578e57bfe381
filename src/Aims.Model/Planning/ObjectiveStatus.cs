namespace Aims.Model;

/// <summary>Where an AI objective stands on a day (<see cref="AiObjective.StatusAt"/>).</summary>
public enum ObjectiveStatus
{
    /// <summary>No measurement yet and the target date has not passed.</summary>
    NotMeasured,

    /// <summary>Measured, the target not yet met, and the target date has not passed.</summary>
    InProgress,

    /// <summary>The latest measurement meets the target.</summary>
    Achieved,

    /// <summary>The target date has passed and the latest measurement (if any) does not meet the target.</summary>
    Missed,
}
