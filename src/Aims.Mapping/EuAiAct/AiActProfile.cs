using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>What the EU AI Act needs to know about an AI system and the organization's part in it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AiActProfile
{
    /// <summary>Initializes a new instance of the <see cref="AiActProfile"/> class.</summary>
    /// <param name="roles">The organization's operator roles for the system; at least one.</param>
    /// <param name="category">The system's risk category.</param>
    /// <param name="annexIIIArea">The Annex III area for a high-risk system, <c>AnnexIII.1</c> to <c>AnnexIII.8</c>; optional.</param>
    /// <param name="deployerIsPublicBody">Whether the deployer is a body governed by public law or a private entity providing public services.</param>
    /// <param name="isGeneralPurposeModel">Whether the organization provides a general-purpose AI model.</param>
    /// <param name="hasSystemicRisk">Whether that model has systemic risk (Art. 51).</param>
    /// <param name="establishedOutsideUnion">Whether the provider is established outside the Union (then an authorised representative is needed).</param>
    /// <param name="isOpenSource">Whether the general-purpose AI model is released under a free and open-source licence with its parameters public (the exemptions of Art. 53(2) and Art. 54(6)); needs a general-purpose model.</param>
    /// <exception cref="ArgumentException">No role is given, the Annex III area is not one of <c>AnnexIII.1</c>–<c>AnnexIII.8</c>, or <paramref name="isOpenSource"/> is set without a general-purpose model.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public AiActProfile(
        IEnumerable<EuAiActOperatorRole> roles, EuAiActRiskCategory category, string? annexIIIArea = null, bool deployerIsPublicBody = false,
        bool isGeneralPurposeModel = false, bool hasSystemicRisk = false, bool establishedOutsideUnion = false,
        bool isOpenSource = false)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Roles = [.. roles.Distinct().Order()];
        if (Roles.IsEmpty)
        {
            throw new ArgumentException("At least one operator role is needed.", nameof(roles));
        }

        if (Roles.Any(r => !Enum.IsDefined(r)) || !Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(roles), "Roles and category must be defined values.");
        }

        if (annexIIIArea is not null && annexIIIArea is not ("AnnexIII.1" or "AnnexIII.2" or "AnnexIII.3" or "AnnexIII.4" or "AnnexIII.5" or "AnnexIII.6" or "AnnexIII.7" or "AnnexIII.8"))
        {
            throw new ArgumentException($"'{annexIIIArea}' is not an Annex III area (AnnexIII.1 to AnnexIII.8).", nameof(annexIIIArea));
        }

        Category = category;
        AnnexIIIArea = annexIIIArea;
        DeployerIsPublicBody = deployerIsPublicBody;
        IsGeneralPurposeModel = isGeneralPurposeModel || category == EuAiActRiskCategory.GeneralPurpose;
        HasSystemicRisk = hasSystemicRisk;
        EstablishedOutsideUnion = establishedOutsideUnion;
        if (isOpenSource && !IsGeneralPurposeModel)
        {
            throw new ArgumentException("The open-source exemptions (Art. 53(2), 54(6)) concern general-purpose AI models: set isGeneralPurposeModel or the GeneralPurpose category.", nameof(isOpenSource));
        }

        IsOpenSource = isOpenSource;
    }

    private AiActProfile(AiActProfile source)
    {
        Roles = source.Roles;
        Category = source.Category;
        AnnexIIIArea = source.AnnexIIIArea;
        DeployerIsPublicBody = source.DeployerIsPublicBody;
        IsGeneralPurposeModel = source.IsGeneralPurposeModel;
        HasSystemicRisk = source.HasSystemicRisk;
        EstablishedOutsideUnion = source.EstablishedOutsideUnion;
        IsOpenSource = source.IsOpenSource;
        IsAnnexIProduct = source.IsAnnexIProduct;
        PlacedOnMarketOn = source.PlacedOnMarketOn;
        ClaimsArticle6Derogation = source.ClaimsArticle6Derogation;
        IsEmotionRecognitionOrBiometricCategorisation = source.IsEmotionRecognitionOrBiometricCategorisation;
        PublishesDeepFakesOrPublicInterestText = source.PublishesDeepFakesOrPublicInterestText;
    }

    /// <summary>
    /// Derives the profile of an inventory system from the EU AI Act facts it records: its operator roles, risk
    /// category, Annex III area, general-purpose model flag, public-body deployer flag, Art. 6(3) derogation claim and
    /// the Art. 50(3)/(4) facts (emotion recognition or biometric categorisation; deep fakes or public-interest text).
    /// A derogation claim for an Annex III system that profiles natural persons does not hold (Art. 6(3), last
    /// subparagraph, <see cref="EuAiActObligations.ClassifyHighRisk(AiSystem)"/>): the profile is then high-risk, without the claim.
    /// </summary>
    /// <param name="system">The system: its systemic risk, open-source model, Annex I product and placed-on-market date come from it too (an open-source or systemic-risk fact of a system that is no general-purpose model is ignored; validation reports it, AIMS1028).</param>
    /// <param name="establishedOutsideUnion">Whether the provider is established outside the Union: a fact about the organization, not the system.</param>
    /// <returns>The profile, or <see langword="null"/> when the system records no operator role (the Act then puts no duty on the organization for it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> is <see langword="null"/>.</exception>
    public static AiActProfile? For(AiSystem system, bool establishedOutsideUnion = false)
    {
        ArgumentNullException.ThrowIfNull(system);
        var claimVoid = system.Article6Derogation is not null && system.AnnexIIIArea is not null && system.ProfilesNaturalPersons == true;
        var category = claimVoid && system.EuAiActCategory is not (EuAiActRiskCategory.High or EuAiActRiskCategory.Prohibited) ? EuAiActRiskCategory.High : system.EuAiActCategory;
        var generalPurpose = system.IsGeneralPurposeModel || category == EuAiActRiskCategory.GeneralPurpose;
        return system.OperatorRoles.IsEmpty
            ? null
            : new AiActProfile(system.OperatorRoles, category, system.AnnexIIIArea, system.DeployerIsPublicBody,
                system.IsGeneralPurposeModel, generalPurpose && system.HasSystemicRisk, establishedOutsideUnion, generalPurpose && system.IsOpenSource)
            {
                IsAnnexIProduct = system.IsAnnexIProduct,
                PlacedOnMarketOn = system.PlacedOnMarketOn,
                ClaimsArticle6Derogation = system.Article6Derogation is not null && !claimVoid,
                IsEmotionRecognitionOrBiometricCategorisation = system.IsEmotionRecognitionOrBiometricCategorisation,
                PublishesDeepFakesOrPublicInterestText = system.PublishesDeepFakesOrPublicInterestText,
            };
    }

    /// <summary>Gets the operator roles.</summary>
    public ImmutableArray<EuAiActOperatorRole> Roles { get; }

    /// <summary>Gets the risk category.</summary>
    public EuAiActRiskCategory Category { get; }

    /// <summary>Gets the Annex III area, if any.</summary>
    public string? AnnexIIIArea { get; }

    /// <summary>Gets a value indicating whether the deployer is a public body or provides public services.</summary>
    public bool DeployerIsPublicBody { get; }

    /// <summary>Gets a value indicating whether a general-purpose AI model is provided.</summary>
    public bool IsGeneralPurposeModel { get; }

    /// <summary>Gets a value indicating whether the GPAI model has systemic risk.</summary>
    public bool HasSystemicRisk { get; }

    /// <summary>Gets a value indicating whether the provider is established outside the Union.</summary>
    public bool EstablishedOutsideUnion { get; }

    /// <summary>Gets a value indicating whether the general-purpose AI model is free and open-source with public parameters (Art. 53(2), 54(6)).</summary>
    public bool IsOpenSource { get; }

    /// <summary>
    /// Gets a value indicating whether the system is, or is a safety component of, a product under the Union
    /// harmonisation legislation of Annex I that needs third-party conformity assessment (Art. 6(1)). Its high-risk
    /// obligations then apply from the Annex I date (2 Aug 2028 as amended), not the Annex III date.
    /// </summary>
    public bool IsAnnexIProduct { get; private init; }

    /// <summary>
    /// Gets the date the system was placed on the market or put into service, if known. A generative system placed on
    /// the market before the general date (2 Aug 2026) has the Art. 50(2) marking grace period (to 2 Dec 2026 as amended).
    /// </summary>
    public DateOnly? PlacedOnMarketOn { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the provider claims that the Annex III system is not high-risk (Art. 6(3)).
    /// A provider then documents the assessment (Art. 6(4)) and registers the system (Art. 49(2)); the category stays
    /// the one given (a claim for a high-risk category adds nothing).
    /// </summary>
    public bool ClaimsArticle6Derogation { get; private init; }

    /// <summary>
    /// Gets whether the system is an emotion recognition or biometric categorisation system (Art. 50(3)), or
    /// <see langword="null"/> when unknown: a deployer of a limited-risk system is then told Art. 50(3) applies only if it is.
    /// </summary>
    public bool? IsEmotionRecognitionOrBiometricCategorisation { get; private init; }

    /// <summary>
    /// Gets whether the deployer publishes deep fakes, or AI-generated text informing the public on matters of public
    /// interest, with the system (Art. 50(4)), or <see langword="null"/> when unknown: a deployer of a limited-risk system
    /// is then told Art. 50(4) applies only if it does.
    /// </summary>
    public bool? PublishesDeepFakesOrPublicInterestText { get; private init; }

    /// <summary>Returns a copy that says whether the system recognises emotions or categorises people by biometric data (<see langword="null"/>: unknown).</summary>
    /// <param name="isEmotionRecognitionOrBiometricCategorisation">The new value.</param>
    /// <returns>The copy.</returns>
    public AiActProfile WithEmotionRecognitionOrBiometricCategorisation(bool? isEmotionRecognitionOrBiometricCategorisation) =>
        new(this) { IsEmotionRecognitionOrBiometricCategorisation = isEmotionRecognitionOrBiometricCategorisation };

    /// <summary>Returns a copy that says whether the deployer publishes deep fakes or public-interest text with the system (<see langword="null"/>: unknown).</summary>
    /// <param name="publishesDeepFakesOrPublicInterestText">The new value.</param>
    /// <returns>The copy.</returns>
    public AiActProfile WithDeepFakesOrPublicInterestText(bool? publishesDeepFakesOrPublicInterestText) =>
        new(this) { PublishesDeepFakesOrPublicInterestText = publishesDeepFakesOrPublicInterestText };

    /// <summary>Returns a copy that says whether the provider claims the Art. 6(3) derogation.</summary>
    /// <param name="claimsArticle6Derogation">The new value.</param>
    /// <returns>The copy.</returns>
    public AiActProfile WithArticle6Derogation(bool claimsArticle6Derogation) => new(this) { ClaimsArticle6Derogation = claimsArticle6Derogation };

    /// <summary>Returns a copy that says whether the system is an Annex I product (Art. 6(1)).</summary>
    /// <param name="isAnnexIProduct">The new value.</param>
    /// <returns>The copy.</returns>
    public AiActProfile WithAnnexIProduct(bool isAnnexIProduct) => new(this) { IsAnnexIProduct = isAnnexIProduct };

    /// <summary>Returns a copy with the date the system was placed on the market (<see langword="null"/>: unknown).</summary>
    /// <param name="placedOnMarketOn">The new value.</param>
    /// <returns>The copy.</returns>
    public AiActProfile WithPlacedOnMarketOn(DateOnly? placedOnMarketOn) => new(this) { PlacedOnMarketOn = placedOnMarketOn };

    /// <summary>Returns whether the profile includes a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the organization holds it.</returns>
    public bool Has(EuAiActOperatorRole role) => Roles.Contains(role);
}
