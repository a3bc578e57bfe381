using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// An entry of the AI risk register (clauses 6.1.2, 8.2 and 8.3): what could go wrong, for which systems and life
/// cycle stages, its source, inherent and residual rating, treatment and owner.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskEntry
{
    /// <summary>Initializes a new instance of the <see cref="RiskEntry"/> class.</summary>
    /// <param name="id">The register id.</param>
    /// <param name="title">A short statement of the risk.</param>
    /// <param name="owner">The risk owner, a RACI role.</param>
    /// <param name="inherent">The rating before treatment.</param>
    /// <param name="systemIds">The AI systems concerned.</param>
    /// <param name="stages">The life cycle stages where the risk arises.</param>
    /// <param name="source">The ISO/IEC 23894 risk source.</param>
    /// <param name="threats">References to threat taxonomies (STRIDE, OWASP LLM, MITRE ATLAS, LINDDUN).</param>
    /// <param name="residual">The rating after treatment; <see langword="null"/> until assessed.</param>
    /// <param name="treatment">The treatment; <see langword="null"/> until decided.</param>
    /// <param name="acceptance">The owner's acceptance of the residual risk, if given.</param>
    /// <param name="reviewOn">When the risk is next due for review; optional.</param>
    /// <param name="quantitativeResultId">The id of a FAIR analysis result for this risk (Aims.Risk); optional.</param>
    /// <param name="description">Details: cause, event, consequence; optional.</param>
    /// <exception cref="ArgumentException">An id or text is malformed, a list contains null, or a rating is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public RiskEntry(
        string id,
        string title,
        string owner,
        RiskRating inherent,
        IEnumerable<string>? systemIds = null,
        IEnumerable<LifecycleStage>? stages = null,
        RiskSource source = RiskSource.Other,
        IEnumerable<ThreatReference>? threats = null,
        RiskRating? residual = null,
        RiskTreatment? treatment = null,
        RiskAcceptance? acceptance = null,
        DateOnly? reviewOn = null,
        string? quantitativeResultId = null,
        string? description = null)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Owner = Guard.Text(owner, nameof(owner));
        if (inherent.IsDefault)
        {
            throw new ArgumentException("The inherent rating must be set (default(RiskRating) is not a rating).", nameof(inherent));
        }

        if (residual is { IsDefault: true })
        {
            throw new ArgumentException("The residual rating must be null or a real rating, not default(RiskRating).", nameof(residual));
        }

        Inherent = inherent;
        SystemIds = Guard.IdList(systemIds, nameof(systemIds));
        Stages = Guard.EnumSet(stages, nameof(stages));
        Source = Guard.Defined(source, nameof(source));
        Threats = Guard.List(threats, nameof(threats));
        Residual = residual;
        Treatment = treatment;
        Acceptance = acceptance;
        ReviewOn = reviewOn;
        QuantitativeResultId = quantitativeResultId is null ? null : Guard.Id(quantitativeResultId, nameof(quantitativeResultId));
        Description = Guard.OptionalText(description);
    }

    /// <summary>Gets the register id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the owner.</summary>
    public string Owner { get; }

    /// <summary>Gets the inherent rating.</summary>
    public RiskRating Inherent { get; }

    /// <summary>Gets the AI systems concerned.</summary>
    public ImmutableArray<string> SystemIds { get; }

    /// <summary>Gets the life cycle stages, distinct and in life cycle order.</summary>
    public ImmutableArray<LifecycleStage> Stages { get; }

    /// <summary>Gets the risk source.</summary>
    public RiskSource Source { get; }

    /// <summary>Gets the threat taxonomy references.</summary>
    public ImmutableArray<ThreatReference> Threats { get; }

    /// <summary>Gets the residual rating, if assessed.</summary>
    public RiskRating? Residual { get; }

    /// <summary>Gets the treatment, if decided.</summary>
    public RiskTreatment? Treatment { get; }

    /// <summary>Gets the acceptance of the residual risk, if given.</summary>
    public RiskAcceptance? Acceptance { get; }

    /// <summary>Gets the next review date, if set.</summary>
    public DateOnly? ReviewOn { get; }

    /// <summary>Gets the id of a quantitative (FAIR) result, if linked.</summary>
    public string? QuantitativeResultId { get; }

    /// <summary>Gets the description, if recorded.</summary>
    public string? Description { get; }

    /// <summary>Gets the rating that describes the risk today: the residual rating when assessed, else the inherent one.</summary>
    public RiskRating Current => Residual ?? Inherent;

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

        return new(Id, Title, Owner, Inherent, SystemIds, Stages, Source, Threats, Residual, Treatment, acceptance, ReviewOn,
            QuantitativeResultId, Description);
    }
}
