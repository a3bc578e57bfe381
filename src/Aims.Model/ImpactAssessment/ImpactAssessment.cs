using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An AI system impact assessment (clause 6.1.4, Annex A.5; ISO/IEC 42005 style). With
/// <see cref="IsFundamentalRightsAssessment"/> set it also serves as the fundamental rights impact assessment of
/// EU AI Act Art. 27. A versioned document.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ImpactAssessment : IEquatable<ImpactAssessment>
{
    /// <summary>Initializes a new draft of the <see cref="ImpactAssessment"/> class with what identifies it.</summary>
    /// <param name="id">The id.</param>
    /// <param name="systemId">The AI system assessed.</param>
    /// <param name="revision">The document version and change log.</param>
    /// <remarks>
    /// The draft has no affected parties or findings and is not approved; add them through validated copies such as
    /// <see cref="WithFindings"/> and <see cref="Approve"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is blank or malformed.</exception>
    public ImpactAssessment(string id, string systemId, DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Id = Guard.Id(id, nameof(id));
        SystemId = Guard.Id(systemId, nameof(systemId));
        Revision = revision;
        AffectedParties = [];
        Findings = [];
    }

    private ImpactAssessment(ImpactAssessment source)
    {
        Id = source.Id;
        SystemId = source.SystemId;
        Revision = source.Revision;
        AffectedParties = source.AffectedParties;
        Findings = source.Findings;
        IsFundamentalRightsAssessment = source.IsFundamentalRightsAssessment;
        ApprovedBy = source.ApprovedBy;
        ApprovedOn = source.ApprovedOn;
        NextReviewOn = source.NextReviewOn;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the assessed AI system id.</summary>
    public string SystemId { get; }

    /// <summary>Gets the version and change log.</summary>
    public DocumentRevision Revision { get; private init; }

    /// <summary>Gets the affected parties.</summary>
    public ImmutableArray<AffectedParty> AffectedParties { get; private init; }

    /// <summary>Gets the findings.</summary>
    public ImmutableArray<ImpactFinding> Findings { get; private init; }

    /// <summary>Gets a value indicating whether this is also an EU AI Act Art. 27 assessment.</summary>
    public bool IsFundamentalRightsAssessment { get; private init; }

    /// <summary>Gets the approver, if approved.</summary>
    public string? ApprovedBy { get; private init; }

    /// <summary>Gets the approval date, if approved.</summary>
    public DateOnly? ApprovedOn { get; private init; }

    /// <summary>Gets the next review date, if set.</summary>
    public DateOnly? NextReviewOn { get; private init; }

    /// <summary>Gets a value indicating whether the assessment has been approved.</summary>
    public bool IsApproved => ApprovedOn is not null;

    /// <summary>Returns an approved copy.</summary>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When.</param>
    /// <returns>The approved copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="approvedBy"/> is blank.</exception>
    public ImpactAssessment Approve(string approvedBy, DateOnly approvedOn) =>
        new(this) { ApprovedBy = Guard.Text(approvedBy, nameof(approvedBy)), ApprovedOn = approvedOn };

    /// <summary>
    /// Returns a copy with the approval as recorded: both the approver and the date, or neither (a draft).
    /// </summary>
    /// <param name="approvedBy">Who approved it; <see langword="null"/> for a draft.</param>
    /// <param name="approvedOn">When it was approved; <see langword="null"/> for a draft.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">Only one of approver and date is given.</exception>
    public ImpactAssessment WithApproval(string? approvedBy, DateOnly? approvedOn)
    {
        var by = Guard.OptionalText(approvedBy);
        if ((by is null) != (approvedOn is null))
        {
            throw new ArgumentException("An approval needs both the approver and the date.", nameof(approvedOn));
        }

        return new(this) { ApprovedBy = by, ApprovedOn = approvedOn };
    }

    /// <summary>Returns a copy with another document revision.</summary>
    /// <param name="revision">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is <see langword="null"/>.</exception>
    public ImpactAssessment WithRevision(DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(this) { Revision = revision };
    }

    /// <summary>Returns a copy with other affected parties.</summary>
    /// <param name="affectedParties">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="affectedParties"/> contains null.</exception>
    public ImpactAssessment WithAffectedParties(IEnumerable<AffectedParty> affectedParties) => new(this) { AffectedParties = Guard.List(affectedParties, nameof(affectedParties)) };

    /// <summary>Returns a copy with other findings.</summary>
    /// <param name="findings">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="findings"/> contains null.</exception>
    public ImpactAssessment WithFindings(IEnumerable<ImpactFinding> findings) => new(this) { Findings = Guard.List(findings, nameof(findings)) };

    /// <summary>Returns a copy with whether it also serves as the EU AI Act Art. 27 assessment.</summary>
    /// <param name="isFundamentalRightsAssessment">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithFundamentalRightsAssessment(bool isFundamentalRightsAssessment) => new(this) { IsFundamentalRightsAssessment = isFundamentalRightsAssessment };

    /// <summary>Returns a copy with the next review date (<see langword="null"/> clears it).</summary>
    /// <param name="nextReviewOn">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithNextReviewOn(DateOnly? nextReviewOn) => new(this) { NextReviewOn = nextReviewOn };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ImpactAssessment? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(SystemId, other.SystemId)
            && EqualityComparer<DocumentRevision>.Default.Equals(Revision, other.Revision)
            && ValueEquality.Sequence(AffectedParties, other.AffectedParties)
            && ValueEquality.Sequence(Findings, other.Findings)
            && IsFundamentalRightsAssessment == other.IsFundamentalRightsAssessment
            && ValueEquality.Text(ApprovedBy, other.ApprovedBy)
            && EqualityComparer<DateOnly?>.Default.Equals(ApprovedOn, other.ApprovedOn)
            && EqualityComparer<DateOnly?>.Default.Equals(NextReviewOn, other.NextReviewOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImpactAssessment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(SystemId, StringComparer.Ordinal);
        hash.Add(Revision);
        hash.Add(ValueEquality.SequenceHash(AffectedParties));
        hash.Add(ValueEquality.SequenceHash(Findings));
        hash.Add(IsFundamentalRightsAssessment);
        hash.Add(ApprovedBy, StringComparer.Ordinal);
        hash.Add(ApprovedOn);
        hash.Add(NextReviewOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ImpactAssessment? left, ImpactAssessment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ImpactAssessment? left, ImpactAssessment? right) => !(left == right);
}
