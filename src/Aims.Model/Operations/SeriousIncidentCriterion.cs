namespace Aims.Model;

/// <summary>
/// Why an AI incident is a serious incident under the EU AI Act (Art. 3(49)), or a widespread infringement
/// (Art. 3(61)); each sets the Art. 73 reporting deadline.
/// </summary>
public enum SeriousIncidentCriterion
{
    /// <summary>The death of a person (Art. 3(49)(a)); report within 10 days (Art. 73(4)).</summary>
    Death,

    /// <summary>Serious harm to a person's health (Art. 3(49)(a)); report within 15 days (Art. 73(2)).</summary>
    SeriousHarmToHealth,

    /// <summary>Serious and irreversible disruption of critical infrastructure (Art. 3(49)(b)); report within 2 days (Art. 73(3)).</summary>
    CriticalInfrastructureDisruption,

    /// <summary>Infringement of Union-law obligations protecting fundamental rights (Art. 3(49)(c)); report within 15 days (Art. 73(2)).</summary>
    FundamentalRightsInfringement,

    /// <summary>Serious harm to property or the environment (Art. 3(49)(d)); report within 15 days (Art. 73(2)).</summary>
    PropertyOrEnvironmentHarm,

    /// <summary>A widespread infringement (Art. 3(61)); report within 2 days (Art. 73(3)).</summary>
    WidespreadInfringement,
}
