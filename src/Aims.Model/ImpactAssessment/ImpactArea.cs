namespace Aims.Model;

/// <summary>An area in which an AI system can have impacts (ISO/IEC 42005 style; EU AI Act Art. 27).</summary>
public enum ImpactArea
{
    /// <summary>Fundamental rights (dignity, non-discrimination, freedom of expression, due process …).</summary>
    FundamentalRights,

    /// <summary>Physical or psychological safety and health.</summary>
    Safety,

    /// <summary>Privacy and data protection.</summary>
    Privacy,

    /// <summary>Fairness and bias.</summary>
    Fairness,

    /// <summary>Transparency and explainability to the people affected.</summary>
    Transparency,

    /// <summary>Security of the system and of the people relying on it.</summary>
    Security,

    /// <summary>Economic effects (employment, access to services, financial harm).</summary>
    Economic,

    /// <summary>Environmental effects (energy, water, emissions).</summary>
    Environment,

    /// <summary>Democratic processes and the rule of law.</summary>
    Democracy,

    /// <summary>Another area, described in the finding.</summary>
    Other,
}
