namespace Aims.WebApi.Data;

/// <summary>
/// A share of a queued simulation: a range of the engine's chunks (<see cref="Aims.Risk.FairPartialResult.ChunkSize"/>
/// trials each) that one worker runs with <see cref="Aims.Risk.FairSimulator.RunChunks"/>. Any instance claims it by a
/// conditional update under a lease, stores its partial result, and the worker that finds every chunk of the job done
/// merges them (<see cref="Aims.Risk.FairPartialResult.Merge"/>) into the job's result.
/// </summary>
public sealed class SimulationChunk : ITenantOwned
{
    /// <summary>Gets or sets the row id (also the order in which chunks are claimed).</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the job this chunk belongs to.</summary>
    public long JobId { get; set; }

    /// <summary>Gets or sets the first engine chunk, from 0.</summary>
    public int FirstChunk { get; set; }

    /// <summary>Gets or sets the number of engine chunks.</summary>
    public int ChunkCount { get; set; }

    /// <summary>Gets or sets the status: <see cref="SimulationJobStatus.Queued"/>, <see cref="SimulationJobStatus.Running"/>
    /// (leased), <see cref="SimulationJobStatus.Succeeded"/> (its partial is stored) or <see cref="SimulationJobStatus.Failed"/>
    /// (its job failed).</summary>
    public string Status { get; set; } = SimulationJobStatus.Queued;

    /// <summary>Gets or sets the instance that holds the lease.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Gets or sets when the lease runs out, in Unix milliseconds.</summary>
    public long LeaseUntil { get; set; }

    /// <summary>Gets or sets how often the chunk was claimed (more than once: a worker died or outlived its lease).</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets the partial result (<see cref="Aims.Risk.FairPartialResult.WriteTo"/>) until the job is merged.</summary>
    public byte[]? Partial { get; set; }

    /// <summary>Gets or sets when the chunk was done.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}
