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
        ForeseeableMisuse = [];
        Benefits = [];
        ReviewTriggers = [];
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
        SystemDescription = source.SystemDescription;
        IntendedUse = source.IntendedUse;
        ForeseeableMisuse = source.ForeseeableMisuse;
        Benefits = source.Benefits;
        Monitoring = source.Monitoring;
        ReviewTriggers = source.ReviewTriggers;
        StakeholderEngagement = source.StakeholderEngagement;
        DeployerProcess = source.DeployerProcess;
        PeriodAndFrequencyOfUse = source.PeriodAndFrequencyOfUse;
        HumanOversight = source.HumanOversight;
        RiskResponse = source.RiskResponse;
        ComplaintMechanism = source.ComplaintMechanism;
        AuthorityNotification = source.AuthorityNotification;
        Dpia = source.Dpia;
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

    /// <summary>Gets the description of the system as assessed: what it is, what it does and with which data (ISO/IEC 42005).</summary>
    public string? SystemDescription { get; private init; }

    /// <summary>Gets the intended use and context of use (ISO/IEC 42005).</summary>
    public string? IntendedUse { get; private init; }

    /// <summary>Gets the reasonably foreseeable misuses considered (ISO/IEC 42005).</summary>
    public ImmutableArray<string> ForeseeableMisuse { get; private init; }

    /// <summary>Gets the benefits per impact area, assessed next to the harms in <see cref="Findings"/> (ISO/IEC 42005; NIST AI RMF MAP 5.1).</summary>
    public ImmutableArray<ImpactBenefit> Benefits { get; private init; }

    /// <summary>Gets how the impacts are monitored once the system runs (ISO/IEC 42005).</summary>
    public string? Monitoring { get; private init; }

    /// <summary>Gets the events that make the assessment be reviewed before its next date, for example a retraining or a new use (ISO/IEC 42005).</summary>
    public ImmutableArray<string> ReviewTriggers { get; private init; }

    /// <summary>Gets how relevant AI actors and affected people are engaged and their feedback on impacts integrated (NIST AI RMF MAP 5.2).</summary>
    public string? StakeholderEngagement { get; private init; }

    /// <summary>Gets the deployer's processes in which the system is used in line with its intended purpose (EU AI Act Art. 27(1)(a)).</summary>
    public string? DeployerProcess { get; private init; }

    /// <summary>Gets the period of time within which, and the frequency with which, the system is intended to be used (Art. 27(1)(b)).</summary>
    public string? PeriodAndFrequencyOfUse { get; private init; }

    /// <summary>Gets the human oversight measures, according to the instructions for use (Art. 27(1)(e)).</summary>
    public string? HumanOversight { get; private init; }

    /// <summary>Gets the measures to be taken if the risks materialise, including the internal governance arrangements (Art. 27(1)(f)).</summary>
    public string? RiskResponse { get; private init; }

    /// <summary>Gets the complaint mechanism for the people affected (Art. 27(1)(f)).</summary>
    public string? ComplaintMechanism { get; private init; }

    /// <summary>Gets the record of notifying the market surveillance authority of the results (Art. 27(3)), if done.</summary>
    public AuthorityNotification? AuthorityNotification { get; private init; }

    /// <summary>Gets the GDPR Art. 35 data protection impact assessment this assessment builds on or sits next to (Art. 27(4)), if any.</summary>
    public DpiaReference? Dpia { get; private init; }

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

    /// <summary>Returns a copy with the description (<see langword="null"/> or blank clears it).</summary>
    /// <param name="systemDescription">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithSystemDescription(string? systemDescription) => new(this) { SystemDescription = Guard.OptionalText(systemDescription) };

    /// <summary>Returns a copy with the intended use (<see langword="null"/> or blank clears it).</summary>
    /// <param name="intendedUse">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithIntendedUse(string? intendedUse) => new(this) { IntendedUse = Guard.OptionalText(intendedUse) };

    /// <summary>Returns a copy with other values of <see cref="ForeseeableMisuse"/>.</summary>
    /// <param name="foreseeableMisuse">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="foreseeableMisuse"/> contains null or a blank text.</exception>
    public ImpactAssessment WithForeseeableMisuse(IEnumerable<string> foreseeableMisuse) => new(this) { ForeseeableMisuse = Guard.TextList(foreseeableMisuse, nameof(foreseeableMisuse)) };

    /// <summary>Returns a copy with other values of <see cref="Benefits"/>.</summary>
    /// <param name="benefits">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="benefits"/> contains null.</exception>
    public ImpactAssessment WithBenefits(IEnumerable<ImpactBenefit> benefits) => new(this) { Benefits = Guard.List(benefits, nameof(benefits)) };

    /// <summary>Returns a copy with how impacts are monitored (<see langword="null"/> or blank clears it).</summary>
    /// <param name="monitoring">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithMonitoring(string? monitoring) => new(this) { Monitoring = Guard.OptionalText(monitoring) };

    /// <summary>Returns a copy with other values of <see cref="ReviewTriggers"/>.</summary>
    /// <param name="reviewTriggers">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="reviewTriggers"/> contains null or a blank text.</exception>
    public ImpactAssessment WithReviewTriggers(IEnumerable<string> reviewTriggers) => new(this) { ReviewTriggers = Guard.TextList(reviewTriggers, nameof(reviewTriggers)) };

    /// <summary>Returns a copy with the engagement practice (<see langword="null"/> or blank clears it).</summary>
    /// <param name="stakeholderEngagement">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithStakeholderEngagement(string? stakeholderEngagement) => new(this) { StakeholderEngagement = Guard.OptionalText(stakeholderEngagement) };

    /// <summary>Returns a copy with the processes (<see langword="null"/> or blank clears it).</summary>
    /// <param name="deployerProcess">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithDeployerProcess(string? deployerProcess) => new(this) { DeployerProcess = Guard.OptionalText(deployerProcess) };

    /// <summary>Returns a copy with the period and frequency (<see langword="null"/> or blank clears it).</summary>
    /// <param name="periodAndFrequencyOfUse">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithPeriodAndFrequencyOfUse(string? periodAndFrequencyOfUse) => new(this) { PeriodAndFrequencyOfUse = Guard.OptionalText(periodAndFrequencyOfUse) };

    /// <summary>Returns a copy with the oversight measures (<see langword="null"/> or blank clears it).</summary>
    /// <param name="humanOversight">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithHumanOversight(string? humanOversight) => new(this) { HumanOversight = Guard.OptionalText(humanOversight) };

    /// <summary>Returns a copy with the measures (<see langword="null"/> or blank clears it).</summary>
    /// <param name="riskResponse">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithRiskResponse(string? riskResponse) => new(this) { RiskResponse = Guard.OptionalText(riskResponse) };

    /// <summary>Returns a copy with the mechanism (<see langword="null"/> or blank clears it).</summary>
    /// <param name="complaintMechanism">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithComplaintMechanism(string? complaintMechanism) => new(this) { ComplaintMechanism = Guard.OptionalText(complaintMechanism) };

    /// <summary>Returns a copy with the notification (<see langword="null"/> clears it).</summary>
    /// <param name="authorityNotification">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithAuthorityNotification(AuthorityNotification? authorityNotification) => new(this) { AuthorityNotification = authorityNotification };

    /// <summary>Returns a copy with the DPIA (<see langword="null"/> clears it).</summary>
    /// <param name="dpia">The new value.</param>
    /// <returns>The copy.</returns>
    public ImpactAssessment WithDpia(DpiaReference? dpia) => new(this) { Dpia = dpia };

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
            && EqualityComparer<DateOnly?>.Default.Equals(NextReviewOn, other.NextReviewOn)
            && ValueEquality.Text(SystemDescription, other.SystemDescription)
            && ValueEquality.Text(IntendedUse, other.IntendedUse)
            && ValueEquality.Sequence(ForeseeableMisuse, other.ForeseeableMisuse)
            && ValueEquality.Sequence(Benefits, other.Benefits)
            && ValueEquality.Text(Monitoring, other.Monitoring)
            && ValueEquality.Sequence(ReviewTriggers, other.ReviewTriggers)
            && ValueEquality.Text(StakeholderEngagement, other.StakeholderEngagement)
            && ValueEquality.Text(DeployerProcess, other.DeployerProcess)
            && ValueEquality.Text(PeriodAndFrequencyOfUse, other.PeriodAndFrequencyOfUse)
            && ValueEquality.Text(HumanOversight, other.HumanOversight)
            && ValueEquality.Text(RiskResponse, other.RiskResponse)
            && ValueEquality.Text(ComplaintMechanism, other.ComplaintMechanism)
            && EqualityComparer<AuthorityNotification?>.Default.Equals(AuthorityNotification, other.AuthorityNotification)
            && EqualityComparer<DpiaReference?>.Default.Equals(Dpia, other.Dpia));

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
        hash.Add(SystemDescription, StringComparer.Ordinal);
        hash.Add(IntendedUse, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(ForeseeableMisuse));
        hash.Add(ValueEquality.SequenceHash(Benefits));
        hash.Add(Monitoring, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(ReviewTriggers));
        hash.Add(StakeholderEngagement, StringComparer.Ordinal);
        hash.Add(DeployerProcess, StringComparer.Ordinal);
        hash.Add(PeriodAndFrequencyOfUse, StringComparer.Ordinal);
        hash.Add(HumanOversight, StringComparer.Ordinal);
        hash.Add(RiskResponse, StringComparer.Ordinal);
        hash.Add(ComplaintMechanism, StringComparer.Ordinal);
        hash.Add(AuthorityNotification);
        hash.Add(Dpia);
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
