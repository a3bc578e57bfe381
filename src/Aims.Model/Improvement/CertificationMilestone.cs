namespace Aims.Model;

/// <summary>One audit on the certification path, planned and possibly completed.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CertificationMilestone
{
    /// <summary>Initializes a new instance of the <see cref="CertificationMilestone"/> class.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="plannedOn">When it is planned.</param>
    /// <param name="completedOn">When it was completed; <see langword="null"/> while planned.</param>
    /// <param name="outcome">The outcome (for example <c>recommended for certification</c>); optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public CertificationMilestone(CertificationStage stage, DateOnly plannedOn, DateOnly? completedOn = null, string? outcome = null)
    {
        Stage = Guard.Defined(stage, nameof(stage));
        PlannedOn = plannedOn;
        CompletedOn = completedOn;
        Outcome = Guard.OptionalText(outcome);
    }

    /// <summary>Gets the stage.</summary>
    public CertificationStage Stage { get; }

    /// <summary>Gets the planned date.</summary>
    public DateOnly PlannedOn { get; }

    /// <summary>Gets the completion date, if completed.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>Gets the outcome, if recorded.</summary>
    public string? Outcome { get; }

    /// <summary>Gets the date that counts: completion if completed, else the plan.</summary>
    public DateOnly EffectiveDate => CompletedOn ?? PlannedOn;
}
