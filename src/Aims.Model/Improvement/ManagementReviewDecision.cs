namespace Aims.Model;

/// <summary>An output of a management review (clause 9.3.3): a decision on improvement or on changes to the AIMS.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReviewDecision : IEquatable<ManagementReviewDecision>
{
    /// <summary>Initializes a new instance of the <see cref="ManagementReviewDecision"/> class.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="changesAims">Whether it changes the AIMS (rather than being an improvement opportunity).</param>
    /// <remarks>The owner and due date are set through validated copies, <see cref="WithOwner"/> and <see cref="WithDueOn"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is blank.</exception>
    public ManagementReviewDecision(string decision, bool changesAims)
    {
        Decision = Guard.Text(decision, nameof(decision));
        ChangesAims = changesAims;
    }

    private ManagementReviewDecision(ManagementReviewDecision source)
    {
        Decision = source.Decision;
        ChangesAims = source.ChangesAims;
        Owner = source.Owner;
        DueOn = source.DueOn;
    }

    /// <summary>Gets the decision.</summary>
    public string Decision { get; }

    /// <summary>Gets a value indicating whether it changes the AIMS.</summary>
    public bool ChangesAims { get; }

    /// <summary>Gets the owner, if recorded.</summary>
    public string? Owner { get; private init; }

    /// <summary>Gets the due date, if set.</summary>
    public DateOnly? DueOn { get; private init; }

    /// <summary>Returns a copy with who carries it out (blank or <see langword="null"/> clears it).</summary>
    /// <param name="owner">The new value.</param>
    /// <returns>The copy.</returns>
    public ManagementReviewDecision WithOwner(string? owner) => new(this) { Owner = Guard.OptionalText(owner) };

    /// <summary>Returns a copy with the due date (<see langword="null"/> clears it).</summary>
    /// <param name="dueOn">The new value.</param>
    /// <returns>The copy.</returns>
    public ManagementReviewDecision WithDueOn(DateOnly? dueOn) => new(this) { DueOn = dueOn };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ManagementReviewDecision? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Decision, other.Decision)
            && ChangesAims == other.ChangesAims
            && ValueEquality.Text(Owner, other.Owner)
            && EqualityComparer<DateOnly?>.Default.Equals(DueOn, other.DueOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManagementReviewDecision);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Decision, StringComparer.Ordinal);
        hash.Add(ChangesAims);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(DueOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ManagementReviewDecision? left, ManagementReviewDecision? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ManagementReviewDecision? left, ManagementReviewDecision? right) => !(left == right);
}
