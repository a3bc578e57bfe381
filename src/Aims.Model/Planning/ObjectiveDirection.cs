namespace Aims.Model;

/// <summary>Which way an AI objective's measure must move to meet its target.</summary>
public enum ObjectiveDirection
{
    /// <summary>The target is met when the measure is at least the target (for example, coverage in percent).</summary>
    AtLeast,

    /// <summary>The target is met when the measure is at most the target (for example, days to close an incident).</summary>
    AtMost,
}
