namespace Aims.Model;

/// <summary>Another management system the AIMS is integrated with.</summary>
public enum ManagementSystemStandard
{
    /// <summary>An information security management system (ISO/IEC 27001).</summary>
    Iso27001,

    /// <summary>A privacy information management system (ISO/IEC 27701).</summary>
    Iso27701,
}
