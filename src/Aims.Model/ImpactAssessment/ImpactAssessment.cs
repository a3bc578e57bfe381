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
    /// <summary>Initializes a new instance of the <see cref="ImpactAssessment"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="systemId">The AI system assessed.</param>
    /// <param name="revision">The document version and change log.</param>
    /// <param name="affectedParties">Individuals, groups and society affected.</param>
    /// <param name="findings">The impacts found.</param>
    /// <param name="isFundamentalRightsAssessment">Whether it is used as an EU AI Act Art. 27 assessment.</param>
    /// <param name="approvedBy">Who approved it; <see langword="null"/> while a draft.</param>
    /// <param name="approvedOn">When it was approved; required with <paramref name="approvedBy"/>.</param>
    /// <param name="nextReviewOn">When it is next due for review; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is malformed, a list contains null, or only one of approver and approval date is given.</exception>
    public ImpactAssessment(
        string id,
        string systemId,
        DocumentRevision revision,
        IEnumerable<AffectedParty>? affectedParties = null,
        IEnumerable<ImpactFinding>? findings = null,
        bool isFundamentalRightsAssessment = false,
        string? approvedBy = null,
        DateOnly? approvedOn = null,
        DateOnly? nextReviewOn = null)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Id = Guard.Id(id, nameof(id));
        SystemId = Guard.Id(systemId, nameof(systemId));
        Revision = revision;
        AffectedParties = Guard.List(affectedParties, nameof(affectedParties));
        Findings = Guard.List(findings, nameof(findings));
        IsFundamentalRightsAssessment = isFundamentalRightsAssessment;
        ApprovedBy = Guard.OptionalText(approvedBy);
        if ((ApprovedBy is null) != (approvedOn is null))
        {
            throw new ArgumentException("An approval needs both the approver and the date.", nameof(approvedOn));
        }

        ApprovedOn = approvedOn;
        NextReviewOn = nextReviewOn;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the assessed AI system id.</summary>
    public string SystemId { get; }

    /// <summary>Gets the version and change log.</summary>
    public DocumentRevision Revision { get; }

    /// <summary>Gets the affected parties.</summary>
    public ImmutableArray<AffectedParty> AffectedParties { get; }

    /// <summary>Gets the findings.</summary>
    public ImmutableArray<ImpactFinding> Findings { get; }

    /// <summary>Gets a value indicating whether this is also an EU AI Act Art. 27 assessment.</summary>
    public bool IsFundamentalRightsAssessment { get; }

    /// <summary>Gets the approver, if approved.</summary>
    public string? ApprovedBy { get; }

    /// <summary>Gets the approval date, if approved.</summary>
    public DateOnly? ApprovedOn { get; }

    /// <summary>Gets the next review date, if set.</summary>
    public DateOnly? NextReviewOn { get; }

    /// <summary>Gets a value indicating whether the assessment has been approved.</summary>
    public bool IsApproved => ApprovedOn is not null;

    /// <summary>Returns an approved copy.</summary>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When.</param>
    /// <returns>The approved copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="approvedBy"/> is blank.</exception>
    public ImpactAssessment Approve(string approvedBy, DateOnly approvedOn) =>
        new(Id, SystemId, Revision, AffectedParties, Findings, IsFundamentalRightsAssessment,
            Guard.Text(approvedBy, nameof(approvedBy)), approvedOn, NextReviewOn);

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
