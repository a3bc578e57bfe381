namespace Aims.Model;

/// <summary>A corrective action for a nonconformity (clause 10.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CorrectiveAction
{
    /// <summary>Initializes a new instance of the <see cref="CorrectiveAction"/> class.</summary>
    /// <param name="description">What will be done to remove the cause.</param>
    /// <param name="owner">Who does it (a RACI role).</param>
    /// <param name="dueOn">When it is due.</param>
    /// <param name="completedOn">When it was completed; <see langword="null"/> while open.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> or <paramref name="owner"/> is blank.</exception>
    public CorrectiveAction(string description, string owner, DateOnly dueOn, DateOnly? completedOn = null)
    {
        Description = Guard.Text(description, nameof(description));
        Owner = Guard.Text(owner, nameof(owner));
        DueOn = dueOn;
        CompletedOn = completedOn;
    }

    /// <summary>Gets what will be done.</summary>
    public string Description { get; }

    /// <summary>Gets who does it.</summary>
    public string Owner { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueOn { get; }

    /// <summary>Gets the completion date, or <see langword="null"/> while open.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>Returns whether the action is open and past due.</summary>
    /// <param name="asOf">The date to evaluate at.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(DateOnly asOf) => CompletedOn is null && asOf > DueOn;
}
