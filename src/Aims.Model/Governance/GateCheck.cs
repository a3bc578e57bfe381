namespace Aims.Model;

/// <summary>What a deployment gate requirement checks.</summary>
public enum GateCheck
{
    /// <summary>The system has evidence of a given <see cref="EvidenceKind"/>.</summary>
    Evidence,

    /// <summary>An impact assessment of the system has been approved.</summary>
    ImpactAssessmentApproved,

    /// <summary>Every risk naming the system has a residual rating accepted by the risk's owner.</summary>
    ResidualRisksAccepted,

    /// <summary>Operation is monitored, including drift: status <see cref="MonitoringStatus.Monitored"/> or drift-monitoring evidence.</summary>
    MonitoringInPlace,
}
