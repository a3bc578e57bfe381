namespace Aims.Model;

/// <summary>A management-system process the AIMS shares with an ISMS or PIMS (the harmonized structure makes these common).</summary>
public enum SharedProcess
{
    /// <summary>Control of documented information (clause 7.5).</summary>
    DocumentControl,

    /// <summary>Risk assessment and treatment methodology (clause 6.1).</summary>
    RiskManagement,

    /// <summary>Competence and awareness (clauses 7.2–7.3).</summary>
    CompetenceAndAwareness,

    /// <summary>Communication (clause 7.4).</summary>
    Communication,

    /// <summary>Internal audit programme (clause 9.2).</summary>
    InternalAudit,

    /// <summary>Management review (clause 9.3).</summary>
    ManagementReview,

    /// <summary>Nonconformity and corrective action (clause 10.2).</summary>
    CorrectiveAction,

    /// <summary>Supplier management.</summary>
    SupplierManagement,

    /// <summary>Incident management.</summary>
    IncidentManagement,

    /// <summary>Asset and system inventory.</summary>
    AssetInventory,
}
