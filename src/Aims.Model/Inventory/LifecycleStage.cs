namespace Aims.Model;

/// <summary>The stages of the AI system life cycle of ISO/IEC 22989 (clause 6), in order: the members compare in life-cycle order.</summary>
public enum LifecycleStage
{
    /// <summary>Objectives, requirements and feasibility are established.</summary>
    Inception,

    /// <summary>The system is designed, and its models are built and trained.</summary>
    DesignAndDevelopment,

    /// <summary>The system is checked against its requirements and objectives.</summary>
    VerificationAndValidation,

    /// <summary>The system is installed and released into its target environment.</summary>
    Deployment,

    /// <summary>The system runs and is monitored.</summary>
    OperationAndMonitoring,

    /// <summary>
    /// The system, which keeps learning in operation (continuous learning), is validated again and again against its
    /// objectives as it changes; between <see cref="OperationAndMonitoring"/> and <see cref="ReEvaluation"/>.
    /// </summary>
    ContinuousValidation,

    /// <summary>The system is re-assessed after operation, for example because of drift or changed objectives.</summary>
    ReEvaluation,

    /// <summary>The system is withdrawn from use.</summary>
    Retirement,
}
