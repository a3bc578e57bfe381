namespace Aims.Model;

/// <summary>A threat taxonomy a risk can cite.</summary>
public enum ThreatTaxonomy
{
    /// <summary>STRIDE: Spoofing, Tampering, Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege.</summary>
    Stride,

    /// <summary>OWASP Top 10 for LLM Applications: ids <c>LLM01</c> to <c>LLM10</c>, optionally with the edition year (<c>LLM01:2025</c>).</summary>
    OwaspLlmTop10,

    /// <summary>
    /// MITRE ATLAS: tactic ids such as <c>AML.TA0005</c>, technique ids such as <c>AML.T0051</c> or sub-techniques such as
    /// <c>AML.T0051.000</c>.
    /// </summary>
    MitreAtlas,

    /// <summary>LINDDUN privacy threats: Linking, Identifying, NonRepudiation, Detecting, DataDisclosure, Unawareness, NonCompliance.</summary>
    Linddun,

    /// <summary>OWASP Top 10 for Agentic Applications: ids <c>ASI01</c> to <c>ASI10</c>, optionally with the edition year (<c>ASI02:2026</c>).</summary>
    OwaspAgenticTop10,

    /// <summary>
    /// NIST AI 600-1 (Generative AI Profile) risks, by the ids Aims uses for its twelve risks: <c>CBRN</c>,
    /// <c>CONFABULATION</c>, <c>DANGEROUS_VIOLENT_HATEFUL_CONTENT</c>, <c>DATA_PRIVACY</c>, <c>ENVIRONMENTAL_IMPACTS</c>,
    /// <c>HARMFUL_BIAS_HOMOGENIZATION</c>, <c>HUMAN_AI_CONFIGURATION</c>, <c>INFORMATION_INTEGRITY</c>,
    /// <c>INFORMATION_SECURITY</c>, <c>INTELLECTUAL_PROPERTY</c>, <c>OBSCENE_DEGRADING_ABUSIVE_CONTENT</c>,
    /// <c>VALUE_CHAIN_COMPONENT_INTEGRATION</c>.
    /// </summary>
    NistAi600,
}
