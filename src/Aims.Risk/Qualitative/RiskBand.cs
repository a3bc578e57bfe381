namespace Aims.Risk;

/// <summary>A qualitative risk band, lowest first.</summary>
public enum RiskBand
{
    /// <summary>Low risk: accept and monitor.</summary>
    Low,

    /// <summary>Medium risk: treat within normal planning.</summary>
    Medium,

    /// <summary>High risk: treat with priority; needs management attention.</summary>
    High,

    /// <summary>Critical risk: outside appetite; act now.</summary>
    Critical,
}
