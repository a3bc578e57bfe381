namespace Aims.Model;

/// <summary>The organization's severity of an AI incident.</summary>
public enum IncidentSeverity
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,

    /// <summary>Critical.</summary>
    Critical,
}
