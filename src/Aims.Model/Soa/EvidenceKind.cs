namespace Aims.Model;

/// <summary>The kind of an evidence artefact; deployment gates ask for evidence by kind.</summary>
public enum EvidenceKind
{
    /// <summary>Any other document or record.</summary>
    Other,

    /// <summary>A model card or system card.</summary>
    ModelCard,

    /// <summary>Documentation explaining how the system reaches its outputs.</summary>
    ExplainabilityDocumentation,

    /// <summary>The result of a bias or fairness test.</summary>
    BiasFairnessTestResult,

    /// <summary>Proof that drift monitoring is in place (dashboard, alert rule, runbook).</summary>
    DriftMonitoring,

    /// <summary>A verification and validation test report.</summary>
    TestReport,

    /// <summary>A security test, red-team or penetration test report.</summary>
    SecurityTestReport,

    /// <summary>A policy, procedure or record of a process.</summary>
    ProcessRecord,
}
