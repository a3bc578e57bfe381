namespace Aims.Model;

/// <summary>The EU AI Act facts an AI system records beyond its category, roles, Annex III area and derogation claim.</summary>
public sealed partial class AiSystem
{
    /// <summary>
    /// Gets whether the system is an emotion recognition or biometric categorisation system, whose deployer informs
    /// the people exposed to it (EU AI Act Art. 50(3)): <see langword="null"/> when not recorded.
    /// </summary>
    public bool? IsEmotionRecognitionOrBiometricCategorisation { get; private init; }

    /// <summary>
    /// Gets whether the deployer uses the system to generate or manipulate deep fakes (image, audio or video), or text
    /// published to inform the public on matters of public interest, which it must disclose as such (EU AI Act
    /// Art. 50(4)): <see langword="null"/> when not recorded.
    /// </summary>
    public bool? PublishesDeepFakesOrPublicInterestText { get; private init; }

    /// <summary>
    /// Gets whether the system profiles natural persons (automated processing of personal data to evaluate aspects of
    /// a person's life, GDPR Art. 4(4)): <see langword="null"/> when not recorded. An Annex III system that does is
    /// always high-risk (EU AI Act Art. 6(3), last subparagraph): the Art. 6(3) derogation cannot be claimed for it.
    /// </summary>
    public bool? ProfilesNaturalPersons { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the general-purpose AI model has systemic risk (EU AI Act Art. 51): high-impact
    /// capabilities or a Commission designation. Meaningful only for a general-purpose model (<see cref="IsGeneralPurposeModel"/>
    /// or the <see cref="EuAiActRiskCategory.GeneralPurpose"/> category); <see cref="AimsWorkspace.Validate"/> reports it otherwise (AIMS1028).
    /// </summary>
    public bool HasSystemicRisk { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the general-purpose AI model is released under a free and open-source licence
    /// with its parameters public (the exemptions of EU AI Act Art. 53(2) and 54(6), unless it has systemic risk).
    /// Meaningful only for a general-purpose model; <see cref="AimsWorkspace.Validate"/> reports it otherwise (AIMS1028).
    /// </summary>
    public bool IsOpenSource { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the system is, or is a safety component of, a product under the Union
    /// harmonisation legislation of Annex I that needs third-party conformity assessment (EU AI Act Art. 6(1)): it is
    /// then high-risk, with the high-risk duties from the Annex I date.
    /// </summary>
    public bool IsAnnexIProduct { get; private init; }

    /// <summary>
    /// Gets the date the system was placed on the market or put into service, if recorded. A generative system placed
    /// on the market before the Art. 50 date has the Art. 50(2) grace period; a provider relying on Art. 6(3) registers
    /// it (Art. 49(2)) before this date.
    /// </summary>
    public DateOnly? PlacedOnMarketOn { get; private init; }

    /// <summary>Returns a copy that says whether the general-purpose AI model has systemic risk (Art. 51).</summary>
    /// <param name="hasSystemicRisk">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithSystemicRisk(bool hasSystemicRisk) => new(this) { HasSystemicRisk = hasSystemicRisk };

    /// <summary>Returns a copy that says whether the general-purpose AI model is free and open-source with public parameters (Art. 53(2), 54(6)).</summary>
    /// <param name="isOpenSource">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithOpenSourceModel(bool isOpenSource) => new(this) { IsOpenSource = isOpenSource };

    /// <summary>Returns a copy that says whether the system is (a safety component of) an Annex I product (Art. 6(1)).</summary>
    /// <param name="isAnnexIProduct">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithAnnexIProduct(bool isAnnexIProduct) => new(this) { IsAnnexIProduct = isAnnexIProduct };

    /// <summary>Returns a copy with the date the system was placed on the market or put into service (<see langword="null"/>: not recorded).</summary>
    /// <param name="placedOnMarketOn">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithPlacedOnMarketOn(DateOnly? placedOnMarketOn) => new(this) { PlacedOnMarketOn = placedOnMarketOn };

    /// <summary>Returns a copy that says whether the system profiles natural persons (<see langword="null"/>: not recorded).</summary>
    /// <param name="profilesNaturalPersons">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithProfilingOfNaturalPersons(bool? profilesNaturalPersons) => new(this) { ProfilesNaturalPersons = profilesNaturalPersons };

    /// <summary>Returns a copy that says whether the system recognises emotions or categorises people by biometric data (Art. 50(3); <see langword="null"/>: not recorded).</summary>
    /// <param name="isEmotionRecognitionOrBiometricCategorisation">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithEmotionRecognitionOrBiometricCategorisation(bool? isEmotionRecognitionOrBiometricCategorisation) =>
        new(this) { IsEmotionRecognitionOrBiometricCategorisation = isEmotionRecognitionOrBiometricCategorisation };

    /// <summary>Returns a copy that says whether the deployer publishes deep fakes or AI-generated text on matters of public interest with the system (Art. 50(4); <see langword="null"/>: not recorded).</summary>
    /// <param name="publishesDeepFakesOrPublicInterestText">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithDeepFakesOrPublicInterestText(bool? publishesDeepFakesOrPublicInterestText) =>
        new(this) { PublishesDeepFakesOrPublicInterestText = publishesDeepFakesOrPublicInterestText };
}
