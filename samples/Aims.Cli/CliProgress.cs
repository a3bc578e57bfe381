namespace Aims.Cli;

/// <summary>Shows simulation progress on stderr in tenths ("10% 20% … simulated."), so long runs show they are alive.</summary>
internal sealed class CliProgress(TextWriter stderr) : IProgress<double>
{
    private int _shown;

    public void Report(double value)
    {
        var tenth = (int)(value * 10);
        int shown;
        do
        {
            shown = Volatile.Read(ref _shown);
            if (tenth <= shown)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _shown, tenth, shown) != shown);

        lock (stderr)
        {
            stderr.Write(tenth >= 10 ? "simulated.\n" : $"{tenth * 10}% ");
        }
    }
}
