namespace Aims.Model;

/// <summary>A regime an impact assessment is projected to and checked against (<see cref="ImpactAssessmentCheck"/>).</summary>
public enum ImpactAssessmentRegime
{
    /// <summary>An AI system impact assessment in the style of ISO/IEC 42005:2025 (ISO/IEC 42001 clause 6.1.4, A.5).</summary>
    Iso42005,

    /// <summary>The fundamental rights impact assessment of EU AI Act Art. 27: the elements of Art. 27(1)(a)–(f) and the Art. 27(3) notification.</summary>
    EuAiActFria,

    /// <summary>The link to a GDPR Art. 35 data protection impact assessment, for a system that processes personal data.</summary>
    GdprDpia,

    /// <summary>NIST AI RMF MAP 5: likelihood and magnitude of each impact, beneficial and harmful (MAP 5.1), and engagement with relevant AI actors (MAP 5.2).</summary>
    NistAiRmfMap5,
}
