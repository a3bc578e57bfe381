namespace Aims.Model;

/// <summary>A corrective action for a nonconformity (clause 10.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CorrectiveAction : IEquatable<CorrectiveAction>
{
    /// <summary>Initializes a new, open instance of the <see cref="CorrectiveAction"/> class.</summary>
    /// <param name="description">What will be done to remove the cause.</param>
    /// <param name="owner">Who does it (a RACI role).</param>
    /// <param name="dueOn">When it is due.</param>
    /// <remarks>
    /// The completion date is set through a validated copy, <see cref="WithCompletedOn"/>, so it cannot be swapped
    /// with the due date.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="description"/> or <paramref name="owner"/> is blank.</exception>
    public CorrectiveAction(string description, string owner, DateOnly dueOn)
    {
        Description = Guard.Text(description, nameof(description));
        Owner = Guard.Text(owner, nameof(owner));
        DueOn = dueOn;
    }

    private CorrectiveAction(CorrectiveAction source)
    {
        Description = source.Description;
        Owner = source.Owner;
        DueOn = source.DueOn;
        CompletedOn = source.CompletedOn;
    }

    /// <summary>Gets what will be done.</summary>
    public string Description { get; }

    /// <summary>Gets who does it.</summary>
    public string Owner { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueOn { get; }

    /// <summary>Gets the completion date, or <see langword="null"/> while open.</summary>
    public DateOnly? CompletedOn { get; private init; }

    /// <summary>Returns a copy with the completion date (<see langword="null"/>: still open).</summary>
    /// <param name="completedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public CorrectiveAction WithCompletedOn(DateOnly? completedOn) => new(this) { CompletedOn = completedOn };

    /// <summary>Returns whether the action is open and past due.</summary>
    /// <param name="asOf">The date to evaluate at.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(DateOnly asOf) => CompletedOn is null && asOf > DueOn;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CorrectiveAction? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Description, other.Description)
            && ValueEquality.Text(Owner, other.Owner)
            && DueOn == other.DueOn
            && EqualityComparer<DateOnly?>.Default.Equals(CompletedOn, other.CompletedOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorrectiveAction);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(DueOn);
        hash.Add(CompletedOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CorrectiveAction? left, CorrectiveAction? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CorrectiveAction? left, CorrectiveAction? right) => !(left == right);
}
