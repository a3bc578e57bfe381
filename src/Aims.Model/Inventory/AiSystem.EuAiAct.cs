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
