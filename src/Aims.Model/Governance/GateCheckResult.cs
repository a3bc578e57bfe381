namespace Aims.Model;

/// <summary>The outcome of one gate requirement for one system, with the reason.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class GateCheckResult
{
    internal GateCheckResult(GateRequirement requirement, bool passed, string reason)
    {
        Requirement = requirement;
        Passed = passed;
        Reason = reason;
    }

    /// <summary>Gets the requirement.</summary>
    public GateRequirement Requirement { get; }

    /// <summary>Gets a value indicating whether it is met.</summary>
    public bool Passed { get; }

    /// <summary>Gets why it passed or failed.</summary>
    public string Reason { get; }
}
