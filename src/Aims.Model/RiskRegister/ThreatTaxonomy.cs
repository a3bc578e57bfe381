namespace Aims.Model;

/// <summary>A threat taxonomy a risk can cite.</summary>
public enum ThreatTaxonomy
{
    /// <summary>STRIDE: Spoofing, Tampering, Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege.</summary>
    Stride,

    /// <summary>OWASP Top 10 for LLM Applications: ids <c>LLM01</c> to <c>LLM10</c>, optionally with the edition year (<c>LLM01:2025</c>).</summary>
    OwaspLlmTop10,

    /// <summary>MITRE ATLAS: technique ids such as <c>AML.T0051</c> or sub-techniques such as <c>AML.T0051.000</c>.</summary>
    MitreAtlas,

    /// <summary>LINDDUN privacy threats: Linking, Identifying, NonRepudiation, Detecting, DataDisclosure, Unawareness, NonCompliance.</summary>
    Linddun,
}
