using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// An entry of the AI risk register (clauses 6.1.2, 8.2 and 8.3): what could go wrong, for which systems and life
/// cycle stages, its source, inherent and residual rating, treatment and owner.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskEntry : IEquatable<RiskEntry>
{
    /// <summary>Initializes a new instance of the <see cref="RiskEntry"/> class with what identifies it and must be known.</summary>
    /// <param name="id">The register id.</param>
    /// <param name="title">A short statement of the risk.</param>
    /// <param name="owner">The risk owner, a RACI role.</param>
    /// <param name="inherent">The rating before treatment.</param>
    /// <remarks>
    /// The rest (systems, stages, source, threats, residual rating, treatment, acceptance, review date, FAIR result,
    /// description) is set through validated copies such as <see cref="WithSystemIds"/> and <see cref="WithResidual"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">An id or text is malformed, or <paramref name="inherent"/> is <c>default</c>.</exception>
    public RiskEntry(string id, string title, string owner, RiskRating inherent)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Owner = Guard.Text(owner, nameof(owner));
        Inherent = CheckInherent(inherent);
        SystemIds = [];
        Stages = [];
        Source = RiskSource.Other;
        Threats = [];
    }

    private RiskEntry(RiskEntry source)
    {
        Id = source.Id;
        Title = source.Title;
        Owner = source.Owner;
        Inherent = source.Inherent;
        SystemIds = source.SystemIds;
        Stages = source.Stages;
        Source = source.Source;
        Threats = source.Threats;
        Residual = source.Residual;
        Treatment = source.Treatment;
        Acceptance = source.Acceptance;
        ReviewOn = source.ReviewOn;
        QuantitativeResultId = source.QuantitativeResultId;
        Description = source.Description;
        Scenario = source.Scenario;
    }

    /// <summary>Gets the register id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private init; }

    /// <summary>Gets the owner.</summary>
    public string Owner { get; private init; }

    /// <summary>Gets the inherent rating.</summary>
    public RiskRating Inherent { get; private init; }

    /// <summary>Gets the AI systems concerned.</summary>
    public ImmutableArray<string> SystemIds { get; private init; }

    /// <summary>Gets the life cycle stages, distinct and in life cycle order.</summary>
    public ImmutableArray<LifecycleStage> Stages { get; private init; }

    /// <summary>Gets the risk source.</summary>
    public RiskSource Source { get; private init; }

    /// <summary>Gets the threat taxonomy references.</summary>
    public ImmutableArray<ThreatReference> Threats { get; private init; }

    /// <summary>Gets the residual rating, if assessed.</summary>
    public RiskRating? Residual { get; private init; }

    /// <summary>Gets the treatment, if decided.</summary>
    public RiskTreatment? Treatment { get; private init; }

    /// <summary>Gets the acceptance of the residual risk, if given.</summary>
    public RiskAcceptance? Acceptance { get; private init; }

    /// <summary>Gets the next review date, if set.</summary>
    public DateOnly? ReviewOn { get; private init; }

    /// <summary>Gets the id of a quantitative (FAIR) result, if linked.</summary>
    public string? QuantitativeResultId { get; private init; }

    /// <summary>Gets the description, if recorded.</summary>
    public string? Description { get; private init; }

    /// <summary>
    /// Gets the risk's FAIR scenario, quantified in the workspace's currency; <see langword="null"/> when the risk is
    /// rated qualitatively only. The board report's portfolio is the scenarios of the register's risks.
    /// </summary>
    public FairScenario? Scenario { get; private init; }

    /// <summary>
    /// Works out where the risk stands today (<see cref="RiskPosition.Of"/>): the residual rating only once the treatment
    /// is completed and its controls are implemented in <paramref name="soa"/>, else the inherent rating.
    /// </summary>
    /// <param name="soa">The Statement of Applicability, or <see langword="null"/> when there is none.</param>
    /// <returns>The position, with the reason.</returns>
    public RiskPosition Position(StatementOfApplicability? soa) => RiskPosition.Of(this, soa);

    /// <summary>Returns a copy with the residual risk accepted.</summary>
    /// <param name="acceptance">The acceptance.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="acceptance"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The residual rating has not been assessed.</exception>
    public RiskEntry Accept(RiskAcceptance acceptance)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        if (Residual is null)
        {
            throw new InvalidOperationException($"Risk '{Id}' has no residual rating to accept.");
        }

        return new(this) { Acceptance = acceptance };
    }

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public RiskEntry WithTitle(string title) => new(this) { Title = Guard.Text(title, nameof(title)) };

    /// <summary>Returns a copy with another owner (a RACI role).</summary>
    /// <param name="owner">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank.</exception>
    public RiskEntry WithOwner(string owner) => new(this) { Owner = Guard.Text(owner, nameof(owner)) };

    /// <summary>Returns a copy with another inherent rating.</summary>
    /// <param name="inherent">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="inherent"/> is <c>default</c>.</exception>
    public RiskEntry WithInherent(RiskRating inherent) => new(this) { Inherent = CheckInherent(inherent) };

    /// <summary>Returns a copy with other AI systems concerned.</summary>
    /// <param name="systemIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is null or malformed.</exception>
    public RiskEntry WithSystemIds(IEnumerable<string> systemIds) => new(this) { SystemIds = Guard.IdList(systemIds, nameof(systemIds)) };

    /// <summary>Returns a copy with other life cycle stages where the risk arises (duplicates removed).</summary>
    /// <param name="stages">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A stage is not a defined value.</exception>
    public RiskEntry WithStages(IEnumerable<LifecycleStage> stages) => new(this) { Stages = Guard.EnumSet(stages, nameof(stages)) };

    /// <summary>Returns a copy with another ISO/IEC 23894 risk source.</summary>
    /// <param name="source">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public RiskEntry WithSource(RiskSource source) => new(this) { Source = Guard.Defined(source, nameof(source)) };

    /// <summary>Returns a copy with other threat taxonomy references.</summary>
    /// <param name="threats">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="threats"/> contains null.</exception>
    public RiskEntry WithThreats(IEnumerable<ThreatReference> threats) => new(this) { Threats = Guard.List(threats, nameof(threats)) };

    /// <summary>Returns a copy with the rating after treatment (<see langword="null"/>: not assessed).</summary>
    /// <param name="residual">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="residual"/> is <c>default(RiskRating)</c>.</exception>
    public RiskEntry WithResidual(RiskRating? residual) => new(this) { Residual = CheckResidual(residual) };

    /// <summary>Returns a copy with the treatment (<see langword="null"/>: not decided).</summary>
    /// <param name="treatment">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskEntry WithTreatment(RiskTreatment? treatment) => new(this) { Treatment = treatment };

    /// <summary>Returns a copy with the acceptance of the residual risk, without checks (<see cref="Accept"/> checks that a residual rating exists).</summary>
    /// <param name="acceptance">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskEntry WithAcceptance(RiskAcceptance? acceptance) => new(this) { Acceptance = acceptance };

    /// <summary>Returns a copy with the next review date (<see langword="null"/> clears it).</summary>
    /// <param name="reviewOn">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskEntry WithReviewOn(DateOnly? reviewOn) => new(this) { ReviewOn = reviewOn };

    /// <summary>Returns a copy with the id of a FAIR analysis result (<see langword="null"/> clears it).</summary>
    /// <param name="quantitativeResultId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The id is malformed.</exception>
    public RiskEntry WithQuantitativeResultId(string? quantitativeResultId) => new(this) { QuantitativeResultId = quantitativeResultId is null ? null : Guard.Id(quantitativeResultId, nameof(quantitativeResultId)) };

    /// <summary>Returns a copy with the details: cause, event, consequence (<see langword="null"/> clears it).</summary>
    /// <param name="description">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskEntry WithDescription(string? description) => new(this) { Description = Guard.OptionalText(description) };

    /// <summary>Returns a copy with a FAIR scenario (<see langword="null"/> clears it).</summary>
    /// <param name="scenario">The scenario: a validated <see cref="FairScenario"/>, so it always simulates.</param>
    /// <returns>The copy.</returns>
    public RiskEntry WithScenario(FairScenario? scenario) => new(this) { Scenario = scenario };

    private static RiskRating CheckInherent(RiskRating inherent) => inherent.IsDefault
        ? throw new ArgumentException("The inherent rating must be set (default(RiskRating) is not a rating).", nameof(inherent))
        : inherent;

    private static RiskRating? CheckResidual(RiskRating? residual) => residual is { IsDefault: true }
        ? throw new ArgumentException("The residual rating must be null or a real rating, not default(RiskRating).", nameof(residual))
        : residual;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RiskEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Owner, other.Owner)
            && EqualityComparer<RiskRating>.Default.Equals(Inherent, other.Inherent)
            && ValueEquality.Sequence(SystemIds, other.SystemIds)
            && ValueEquality.Sequence(Stages, other.Stages)
            && EqualityComparer<RiskSource>.Default.Equals(Source, other.Source)
            && ValueEquality.Sequence(Threats, other.Threats)
            && EqualityComparer<RiskRating?>.Default.Equals(Residual, other.Residual)
            && EqualityComparer<RiskTreatment?>.Default.Equals(Treatment, other.Treatment)
            && EqualityComparer<RiskAcceptance?>.Default.Equals(Acceptance, other.Acceptance)
            && EqualityComparer<DateOnly?>.Default.Equals(ReviewOn, other.ReviewOn)
            && ValueEquality.Text(QuantitativeResultId, other.QuantitativeResultId)
            && ValueEquality.Text(Description, other.Description)
            && EqualityComparer<FairScenario?>.Default.Equals(Scenario, other.Scenario));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskEntry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(Inherent);
        hash.Add(ValueEquality.SequenceHash(SystemIds));
        hash.Add(ValueEquality.SequenceHash(Stages));
        hash.Add(Source);
        hash.Add(ValueEquality.SequenceHash(Threats));
        hash.Add(Residual);
        hash.Add(Treatment);
        hash.Add(Acceptance);
        hash.Add(ReviewOn);
        hash.Add(QuantitativeResultId, StringComparer.Ordinal);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(Scenario);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RiskEntry? left, RiskEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RiskEntry? left, RiskEntry? right) => !(left == right);
}
