namespace Aims.Risk;

/// <summary>How a simulated year turns loss event frequency and loss magnitude into an annual loss.</summary>
public enum FrequencyMode
{
    /// <summary>
    /// Per event (default, more faithful): the year's event count is Poisson(LEF) and every event draws its own loss,
    /// so a year can have zero, one or many losses of different sizes.
    /// </summary>
    PerEvent,

    /// <summary>
    /// LEF × one loss magnitude per year (what pyfair does). Same mean; narrower tails, and no year without loss when
    /// LEF &gt; 0. Use it to compare with pyfair or the numpy baseline.
    /// </summary>
    ExpectedLoss,
}
