namespace Aims.Model;

/// <summary>One requirement of a deployment gate policy.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Create them with the static factory methods.</remarks>
public sealed class GateRequirement
{
    private GateRequirement(GateCheck check, EvidenceKind? evidenceKind, string description)
    {
        Check = check;
        EvidenceKind = evidenceKind;
        Description = description;
    }

    /// <summary>Gets what is checked.</summary>
    public GateCheck Check { get; }

    /// <summary>Gets the evidence kind required, for <see cref="GateCheck.Evidence"/>.</summary>
    public EvidenceKind? EvidenceKind { get; }

    /// <summary>Gets the requirement as shown to people.</summary>
    public string Description { get; }

    /// <summary>Requires evidence of a kind.</summary>
    /// <param name="kind">The evidence kind.</param>
    /// <param name="description">How to show the requirement; defaults to the kind's name.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static GateRequirement Evidence(EvidenceKind kind, string? description = null) =>
        new(GateCheck.Evidence, Guard.Defined(kind, nameof(kind)), Guard.OptionalText(description) ?? $"Evidence: {kind}");

    /// <summary>Requires an approved impact assessment.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement ImpactAssessmentApproved() =>
        new(GateCheck.ImpactAssessmentApproved, null, "Impact assessment approved");

    /// <summary>Requires every residual risk of the system to be accepted by its owner.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement ResidualRisksAccepted() =>
        new(GateCheck.ResidualRisksAccepted, null, "Residual risk accepted by its owner");

    /// <summary>Requires monitoring, including drift detection, to be in place.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement MonitoringInPlace() =>
        new(GateCheck.MonitoringInPlace, null, "Drift monitoring in place");

    /// <inheritdoc />
    public override string ToString() => Description;
}
