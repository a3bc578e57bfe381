namespace Aims.Model;

/// <summary>Implementation progress of the Statement of Applicability.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SoaProgress : IEquatable<SoaProgress>
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

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(SoaProgress? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Applicable == other.Applicable
            && Excluded == other.Excluded
            && Implemented == other.Implemented
            && InProgress == other.InProgress
            && Planned == other.Planned
            && NotStarted == other.NotStarted);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SoaProgress);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Applicable);
        hash.Add(Excluded);
        hash.Add(Implemented);
        hash.Add(InProgress);
        hash.Add(Planned);
        hash.Add(NotStarted);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(SoaProgress? left, SoaProgress? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SoaProgress? left, SoaProgress? right) => !(left == right);
}
