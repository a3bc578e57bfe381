namespace Aims.WebApi.Data;

/// <summary>
/// A long simulation in the durable queue: written by <c>POST /simulations</c> with its <see cref="SimulationChunk"/>s,
/// which the workers of any instances claim and run; the worker that finds them all done merges them under this job's
/// lease (a lease that runs out — its instance died — makes the merge claimable again). Answered at
/// <c>GET /simulations/{id}</c>.
/// </summary>
public sealed class SimulationJob : ITenantOwned
{
    /// <summary>Gets or sets the job's id (also the queue's order).</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the status: one of <see cref="SimulationJobStatus"/>.</summary>
    public string Status { get; set; } = SimulationJobStatus.Queued;

    /// <summary>Gets or sets the <c>fair-scenarios</c> document to simulate.</summary>
    public string Scenarios { get; set; } = "";

    /// <summary>Gets or sets the number of trials.</summary>
    public int Trials { get; set; }

    /// <summary>Gets or sets the seed.</summary>
    public long Seed { get; set; }

    /// <summary>Gets or sets who asked for it.</summary>
    public string RequestedBy { get; set; } = "";

    /// <summary>Gets or sets when it was queued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when it finished.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Gets or sets the instance that holds the lease on the merge.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Gets or sets when the lease runs out, in Unix milliseconds (a number, so every provider can compare it).</summary>
    public long LeaseUntil { get; set; }

    /// <summary>Gets or sets how often a chunk of the job was claimed (more than its chunks: a worker died or outlived its lease).</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets the result as JSON (as <c>POST /risk/simulate</c> answers), once succeeded.</summary>
    public string? Result { get; set; }

    /// <summary>Gets or sets why it failed: a JSON array of diagnostics or a message.</summary>
    public string? Problem { get; set; }
}
