namespace Aims.WebApi.Data;

/// <summary>
/// A long simulation in the durable queue: written by <c>POST /simulations</c>, claimed by whichever instance's
/// <see cref="Hosting.SimulationWorker"/> leases it first, answered at <c>GET /simulations/{id}</c>. A lease that runs
/// out (its instance died) makes the job claimable again.
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

    /// <summary>Gets or sets the instance that holds the lease.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Gets or sets when the lease runs out, in Unix milliseconds (a number, so every provider can compare it).</summary>
    public long LeaseUntil { get; set; }

    /// <summary>Gets or sets how often the job was claimed.</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets the result as JSON (as <c>POST /risk/simulate</c> answers), once succeeded.</summary>
    public string? Result { get; set; }

    /// <summary>Gets or sets why it failed: a JSON array of diagnostics or a message.</summary>
    public string? Problem { get; set; }
}
