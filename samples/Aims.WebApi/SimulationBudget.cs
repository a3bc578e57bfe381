namespace Aims.WebApi;

/// <summary>
/// The work budget of <c>POST /risk/simulate</c> on a shared server: at most <see cref="ConcurrentRuns"/> simulations at
/// once (more are answered 503 at once instead of queueing on the cores), each cancelled after <see cref="TimeLimit"/> or
/// when its client goes away. The engine observes cancellation within a bounded amount of work, also inside one long
/// trial, so a cancelled run stops promptly instead of burning a core.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class SimulationBudget : IDisposable
{
    private readonly SemaphoreSlim _slots;

    /// <summary>Initializes a new instance of the <see cref="SimulationBudget"/> class.</summary>
    /// <param name="timeLimit">The longest a simulation may run; positive.</param>
    /// <param name="concurrentRuns">The most simulations running at once; at least 1.</param>
    /// <param name="maxTrials">The most trials a request may ask for with <c>?trials=</c>; 1 to <see cref="Aims.Risk.FairSimulationOptions.MaxTrials"/>.</param>
    public SimulationBudget(TimeSpan timeLimit, int concurrentRuns, int maxTrials = DefaultMaxTrials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeLimit, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentRuns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrials, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxTrials, Aims.Risk.FairSimulationOptions.MaxTrials);
        (TimeLimit, ConcurrentRuns, MaxTrials) = (timeLimit, concurrentRuns, maxTrials);
        _slots = new SemaphoreSlim(concurrentRuns, concurrentRuns);
    }

    /// <summary>Gets the longest a simulation may run.</summary>
    public TimeSpan TimeLimit { get; }

    /// <summary>Gets the most simulations running at once.</summary>
    public int ConcurrentRuns { get; }

    /// <summary>The default of <see cref="MaxTrials"/>: one million.</summary>
    public const int DefaultMaxTrials = 1_000_000;

    /// <summary>Gets the most trials a request may ask for.</summary>
    public int MaxTrials { get; }

    /// <summary>Reads the budget from configuration: <c>Aims:Simulation:TimeLimit</c> (a TimeSpan, default 10 s) and
    /// <c>Aims:Simulation:ConcurrentRuns</c> (default half the cores, at least 1) and <c>Aims:Simulation:MaxTrials</c>
    /// (default <see cref="DefaultMaxTrials"/>).</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The budget.</returns>
    public static SimulationBudget From(IConfiguration configuration) => new(
        configuration.GetValue("Aims:Simulation:TimeLimit", TimeSpan.FromSeconds(10)),
        configuration.GetValue("Aims:Simulation:ConcurrentRuns", Math.Max(1, Environment.ProcessorCount / 2)),
        configuration.GetValue("Aims:Simulation:MaxTrials", DefaultMaxTrials));

    /// <summary>Takes a slot without waiting.</summary>
    /// <returns><see langword="true"/> when a slot was free; release it with <see cref="Release"/>.</returns>
    public bool TryEnter() => _slots.Wait(0);

    /// <summary>Gives back a slot taken by <see cref="TryEnter"/>.</summary>
    public void Release() => _slots.Release();

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
