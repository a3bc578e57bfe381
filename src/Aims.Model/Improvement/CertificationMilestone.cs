namespace Aims.Model;

/// <summary>One audit on the certification path, planned and possibly completed.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CertificationMilestone : IEquatable<CertificationMilestone>
{
    /// <summary>Initializes a new, planned instance of the <see cref="CertificationMilestone"/> class.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="plannedOn">When it is planned.</param>
    /// <remarks>
    /// The completion date and the outcome are set through validated copies, <see cref="WithCompletedOn"/> and
    /// <see cref="WithOutcome"/>, so the completion date cannot be swapped with the planned date.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public CertificationMilestone(CertificationStage stage, DateOnly plannedOn)
    {
        Stage = Guard.Defined(stage, nameof(stage));
        PlannedOn = plannedOn;
    }

    private CertificationMilestone(CertificationMilestone source)
    {
        Stage = source.Stage;
        PlannedOn = source.PlannedOn;
        CompletedOn = source.CompletedOn;
        Outcome = source.Outcome;
    }

    /// <summary>Gets the stage.</summary>
    public CertificationStage Stage { get; }

    /// <summary>Gets the planned date.</summary>
    public DateOnly PlannedOn { get; }

    /// <summary>Gets the completion date, if completed.</summary>
    public DateOnly? CompletedOn { get; private init; }

    /// <summary>Gets the outcome, if recorded.</summary>
    public string? Outcome { get; private init; }

    /// <summary>Gets the date that counts: completion if completed, else the plan.</summary>
    public DateOnly EffectiveDate => CompletedOn ?? PlannedOn;

    /// <summary>Returns a copy with the completion date (<see langword="null"/>: still planned).</summary>
    /// <param name="completedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public CertificationMilestone WithCompletedOn(DateOnly? completedOn) => new(this) { CompletedOn = completedOn };

    /// <summary>Returns a copy with the outcome (for example <c>recommended for certification</c>); blank or <see langword="null"/> clears it.</summary>
    /// <param name="outcome">The new value.</param>
    /// <returns>The copy.</returns>
    public CertificationMilestone WithOutcome(string? outcome) => new(this) { Outcome = Guard.OptionalText(outcome) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CertificationMilestone? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<CertificationStage>.Default.Equals(Stage, other.Stage)
            && PlannedOn == other.PlannedOn
            && EqualityComparer<DateOnly?>.Default.Equals(CompletedOn, other.CompletedOn)
            && ValueEquality.Text(Outcome, other.Outcome));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CertificationMilestone);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Stage);
        hash.Add(PlannedOn);
        hash.Add(CompletedOn);
        hash.Add(Outcome, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CertificationMilestone? left, CertificationMilestone? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CertificationMilestone? left, CertificationMilestone? right) => !(left == right);
}
