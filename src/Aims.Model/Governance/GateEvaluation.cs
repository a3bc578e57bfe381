using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>The outcome of a deployment gate for one AI system: pass/fail per requirement with reasons.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class GateEvaluation
{
    internal GateEvaluation(string policyId, string systemId, ImmutableArray<GateCheckResult> results)
    {
        PolicyId = policyId;
        SystemId = systemId;
        Results = results;
    }

    /// <summary>Gets the gate policy id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the AI system id.</summary>
    public string SystemId { get; }

    /// <summary>Gets one result per requirement, in policy order.</summary>
    public ImmutableArray<GateCheckResult> Results { get; }

    /// <summary>Gets a value indicating whether every requirement passed.</summary>
    public bool Passed => Results.All(r => r.Passed);
}
