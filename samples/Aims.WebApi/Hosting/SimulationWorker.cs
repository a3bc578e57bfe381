namespace Aims.WebApi.Hosting;

/// <summary>
/// Runs the durable queue (<see cref="DurableSimulations"/>) in the background, on every instance unless
/// <c>Aims:Queue:Worker</c> is false: it works while there is work and polls every <c>Aims:Queue:PollInterval</c>
/// (default 1 s) otherwise.
/// </summary>
internal sealed partial class SimulationWorker(DurableSimulations queue, TimeProvider clock, IConfiguration configuration, ILogger<SimulationWorker> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Aims:Queue:Worker", true))
        {
            return; // this instance only serves requests; others run the queue
        }

        var poll = configuration.GetValue("Aims:Queue:PollInterval", TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await queue.RunOnceAsync(_instance, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                worked = false;
            }

            if (!worked)
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulation worker failed; it goes on polling.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
