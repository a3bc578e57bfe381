namespace Aims.Model;

/// <summary>
/// A source of AI risk, after the risk sources of ISO/IEC 23894:2023 Annex B (also listed in ISO/IEC 42001 Annex C).
/// </summary>
public enum RiskSource
{
    /// <summary>Complexity of the environment the system operates in.</summary>
    EnvironmentComplexity,

    /// <summary>Lack of transparency and explainability.</summary>
    LackOfTransparency,

    /// <summary>The level of automation and of human oversight.</summary>
    LevelOfAutomation,

    /// <summary>Machine learning itself: data quality, training, drift.</summary>
    MachineLearning,

    /// <summary>System hardware issues.</summary>
    SystemHardware,

    /// <summary>Issues across the system life cycle (design, operation, retirement).</summary>
    SystemLifecycle,

    /// <summary>Technology readiness: immature or novel technology.</summary>
    TechnologyReadiness,

    /// <summary>Another source, described in the risk.</summary>
    Other,
}
