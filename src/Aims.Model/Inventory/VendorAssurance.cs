namespace Aims.Model;

/// <summary>A contract term or attestation that matters when an AI system depends on a supplier's model, API or data (ISO/IEC 42001 A.10.3).</summary>
public enum VendorAssurance
{
    /// <summary>The supplier does not train or improve its models on the customer's data.</summary>
    NoTrainingOnCustomerData,

    /// <summary>The supplier keeps the customer's data in agreed regions.</summary>
    DataResidency,

    /// <summary>The supplier notifies the customer of incidents affecting the service within an agreed time.</summary>
    IncidentNotification,

    /// <summary>The supplier holds an ISO/IEC 42001 certificate covering the service.</summary>
    Iso42001Certification,

    /// <summary>The supplier has a CSA STAR for AI Level 1 entry (AI-CAIQ self-assessment).</summary>
    StarForAiLevel1,

    /// <summary>The supplier has CSA STAR for AI Level 2 (ISO/IEC 42001 certification plus AI-CAIQ).</summary>
    StarForAiLevel2,
}
