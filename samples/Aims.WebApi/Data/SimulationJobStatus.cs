namespace Aims.WebApi.Data;

/// <summary>The states of a <see cref="SimulationJob"/>.</summary>
public static class SimulationJobStatus
{
    /// <summary>Waiting for a worker.</summary>
    public const string Queued = "queued";

    /// <summary>Leased by a worker.</summary>
    public const string Running = "running";

    /// <summary>Done; the result is stored.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Refused by the engine or over the time limit; the problem is stored.</summary>
    public const string Failed = "failed";
}
