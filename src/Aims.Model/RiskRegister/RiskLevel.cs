namespace Aims.Model;

/// <summary>The organization's overall risk level for an AI system in the inventory.</summary>
public enum RiskLevel
{
    /// <summary>Not yet assessed.</summary>
    NotAssessed,

    /// <summary>Low risk.</summary>
    Low,

    /// <summary>Medium risk.</summary>
    Medium,

    /// <summary>High risk.</summary>
    High,

    /// <summary>Critical risk.</summary>
    Critical,
}
