namespace Aims.Model;

/// <summary>Implementation progress of the Statement of Applicability.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SoaProgress
{
    internal SoaProgress(StatementOfApplicability? soa)
    {
        var entries = soa?.Entries ?? [];
        Excluded = entries.Count(e => !e.IsApplicable);
        var applicable = entries.Where(e => e.IsApplicable).ToList();
        Applicable = applicable.Count;
        Implemented = applicable.Count(e => e.Status == ImplementationStatus.Implemented);
        InProgress = applicable.Count(e => e.Status == ImplementationStatus.InProgress);
        Planned = applicable.Count(e => e.Status == ImplementationStatus.Planned);
        NotStarted = applicable.Count(e => e.Status == ImplementationStatus.NotStarted);
    }

    /// <summary>Gets the number of included controls.</summary>
    public int Applicable { get; }

    /// <summary>Gets the number of excluded controls.</summary>
    public int Excluded { get; }

    /// <summary>Gets the number of included controls implemented.</summary>
    public int Implemented { get; }

    /// <summary>Gets the number of included controls in progress.</summary>
    public int InProgress { get; }

    /// <summary>Gets the number of included controls planned.</summary>
    public int Planned { get; }

    /// <summary>Gets the number of included controls not started.</summary>
    public int NotStarted { get; }

    /// <summary>Gets the share of included controls implemented, 0 to 100 (0 when nothing is included).</summary>
    public double PercentImplemented => Applicable == 0 ? 0 : Math.Round(100.0 * Implemented / Applicable, 1);
}
