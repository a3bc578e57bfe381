namespace Aims.Model;

/// <summary>
/// An AI stakeholder role as defined by ISO/IEC 22989 (clause 5.19). An organization may hold several at once for
/// the same AI system.
/// </summary>
public enum StakeholderRole
{
    /// <summary>Provides AI products or services (platform, product or service provider).</summary>
    AiProvider,

    /// <summary>Designs, develops, tests and deploys AI systems (model developer, implementer, tester …).</summary>
    AiProducer,

    /// <summary>Uses an AI product or service, directly or through its users.</summary>
    AiCustomer,

    /// <summary>Provides services in the context of AI (system integrator, data supplier, evaluator, auditor …).</summary>
    AiPartner,

    /// <summary>Is affected by an AI system: a data subject or another subject of its decisions.</summary>
    AiSubject,

    /// <summary>Policy makers and regulators with authority over AI systems.</summary>
    RelevantAuthority,
}
