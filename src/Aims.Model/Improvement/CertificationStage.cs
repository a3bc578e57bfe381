namespace Aims.Model;

/// <summary>A step on the path to and through ISO/IEC 42001 certification (ISO/IEC 17021-1 audit cycle).</summary>
public enum CertificationStage
{
    /// <summary>Stage 1: documentation and readiness review.</summary>
    Stage1,

    /// <summary>Stage 2: evaluation of implementation and effectiveness; leads to certification.</summary>
    Stage2,

    /// <summary>A surveillance audit (yearly in the three-year cycle).</summary>
    Surveillance,

    /// <summary>The recertification audit before the certificate expires.</summary>
    Recertification,
}
