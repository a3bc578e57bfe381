namespace Aims.Model;

/// <summary>An output of a management review (clause 9.3.3): a decision on improvement or on changes to the AIMS.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReviewDecision
{
    /// <summary>Initializes a new instance of the <see cref="ManagementReviewDecision"/> class.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="changesAims">Whether it changes the AIMS (rather than being an improvement opportunity).</param>
    /// <param name="owner">Who carries it out; optional.</param>
    /// <param name="dueOn">When it is due; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is blank.</exception>
    public ManagementReviewDecision(string decision, bool changesAims, string? owner = null, DateOnly? dueOn = null)
    {
        Decision = Guard.Text(decision, nameof(decision));
        ChangesAims = changesAims;
        Owner = Guard.OptionalText(owner);
        DueOn = dueOn;
    }

    /// <summary>Gets the decision.</summary>
    public string Decision { get; }

    /// <summary>Gets a value indicating whether it changes the AIMS.</summary>
    public bool ChangesAims { get; }

    /// <summary>Gets the owner, if recorded.</summary>
    public string? Owner { get; }

    /// <summary>Gets the due date, if set.</summary>
    public DateOnly? DueOn { get; }
}
