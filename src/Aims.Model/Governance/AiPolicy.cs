namespace Aims.Model;

/// <summary>A policy of the AIMS (the AI policy of clause 5.2 and topic policies, Annex A.2). A versioned document.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AiPolicy : IEquatable<AiPolicy>
{
    /// <summary>Initializes a new, unapproved instance of the <see cref="AiPolicy"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="owner">The owner, a RACI role.</param>
    /// <param name="revision">The version and change log.</param>
    /// <remarks>
    /// The approval and next review dates are set through validated copies, <see cref="WithApprovedOn"/> and
    /// <see cref="WithNextReviewOn"/>, so the two dates cannot be swapped.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id or text is blank or malformed.</exception>
    public AiPolicy(string id, string title, string owner, DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Owner = Guard.Text(owner, nameof(owner));
        Revision = revision;
    }

    private AiPolicy(AiPolicy source)
    {
        Id = source.Id;
        Title = source.Title;
        Owner = source.Owner;
        Revision = source.Revision;
        ApprovedOn = source.ApprovedOn;
        NextReviewOn = source.NextReviewOn;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the owner.</summary>
    public string Owner { get; }

    /// <summary>Gets the version and change log.</summary>
    public DocumentRevision Revision { get; }

    /// <summary>Gets the approval date of the current version, if approved.</summary>
    public DateOnly? ApprovedOn { get; private init; }

    /// <summary>Gets the next review date, if set.</summary>
    public DateOnly? NextReviewOn { get; private init; }

    /// <summary>Returns a copy with the approval date of the current version (<see langword="null"/>: a draft).</summary>
    /// <param name="approvedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public AiPolicy WithApprovedOn(DateOnly? approvedOn) => new(this) { ApprovedOn = approvedOn };

    /// <summary>Returns a copy with the date it is next due for review, A.2.4 (<see langword="null"/> clears it).</summary>
    /// <param name="nextReviewOn">The new value.</param>
    /// <returns>The copy.</returns>
    public AiPolicy WithNextReviewOn(DateOnly? nextReviewOn) => new(this) { NextReviewOn = nextReviewOn };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AiPolicy? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Owner, other.Owner)
            && EqualityComparer<DocumentRevision>.Default.Equals(Revision, other.Revision)
            && EqualityComparer<DateOnly?>.Default.Equals(ApprovedOn, other.ApprovedOn)
            && EqualityComparer<DateOnly?>.Default.Equals(NextReviewOn, other.NextReviewOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiPolicy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(Revision);
        hash.Add(ApprovedOn);
        hash.Add(NextReviewOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AiPolicy? left, AiPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AiPolicy? left, AiPolicy? right) => !(left == right);
}
