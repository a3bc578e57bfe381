namespace Aims.Model;

/// <summary>Whether an AI system's behaviour in operation (performance, drift, misuse) is monitored.</summary>
public enum MonitoringStatus
{
    /// <summary>Nothing is monitored.</summary>
    NotMonitored,

    /// <summary>Some, but not all, agreed measures are monitored.</summary>
    Partial,

    /// <summary>Monitoring is in place, including drift detection.</summary>
    Monitored,
}
