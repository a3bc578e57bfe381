namespace Aims.Mapping;

/// <summary>
/// What the organization has done for CSA STAR for AI beyond its AIMS: the AI-CAIQ and the registry. Start from
/// <see cref="None"/> or the completed AI-CAIQ version and add the rest with the <c>With…</c> copies, so no two flags
/// can be swapped.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class StarForAiEvidence : IEquatable<StarForAiEvidence>
{
    /// <summary>Initializes a new instance of the <see cref="StarForAiEvidence"/> class: an AI-CAIQ completed in a version, nothing else yet.</summary>
    /// <param name="aiCaiqVersion">The AI-CAIQ version completed, for example <c>1.0.2</c>; <see langword="null"/> if none.</param>
    /// <exception cref="ArgumentException"><paramref name="aiCaiqVersion"/> is given but not a version number such as <c>1.0.2</c>.</exception>
    public StarForAiEvidence(string? aiCaiqVersion)
    {
        if (aiCaiqVersion is not null && !System.Version.TryParse(aiCaiqVersion, out _))
        {
            throw new ArgumentException($"'{aiCaiqVersion}' is not a version number such as 1.0.2.", nameof(aiCaiqVersion));
        }

        AiCaiqVersion = aiCaiqVersion?.Trim();
    }

    private StarForAiEvidence(StarForAiEvidence source)
    {
        AiCaiqVersion = source.AiCaiqVersion;
        AllQuestionsAnswered = source.AllQuestionsAnswered;
        SubmittedToRegistry = source.SubmittedToRegistry;
        HasValidAiTedScore = source.HasValidAiTedScore;
    }

    /// <summary>Gets the evidence of an organization that has done nothing yet for STAR for AI.</summary>
    public static StarForAiEvidence None { get; } = new((string?)null);

    /// <summary>Gets the AI-CAIQ version completed (for example <c>1.0.2</c>), or <see langword="null"/> if none.</summary>
    public string? AiCaiqVersion { get; }

    /// <summary>Gets a value indicating whether every answer and SSRM ownership cell is filled.</summary>
    public bool AllQuestionsAnswered { get; private init; }

    /// <summary>Gets a value indicating whether the AI-CAIQ was submitted to the STAR Registry.</summary>
    public bool SubmittedToRegistry { get; private init; }

    /// <summary>Gets a value indicating whether a Valid-AI-ted maturity score was obtained.</summary>
    public bool HasValidAiTedScore { get; private init; }

    /// <summary>Returns whether two evidence values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(StarForAiEvidence? left, StarForAiEvidence? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two evidence values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(StarForAiEvidence? left, StarForAiEvidence? right) => !(left == right);

    /// <summary>Returns a copy that says whether every answer and SSRM ownership cell of the AI-CAIQ is filled.</summary>
    /// <param name="answered">Whether they are.</param>
    /// <returns>The copy.</returns>
    public StarForAiEvidence WithAllQuestionsAnswered(bool answered) => new(this) { AllQuestionsAnswered = answered };

    /// <summary>Returns a copy that says whether the AI-CAIQ was submitted to the STAR Registry.</summary>
    /// <param name="submitted">Whether it was.</param>
    /// <returns>The copy.</returns>
    public StarForAiEvidence WithSubmittedToRegistry(bool submitted) => new(this) { SubmittedToRegistry = submitted };

    /// <summary>Returns a copy that says whether a Valid-AI-ted maturity score was obtained.</summary>
    /// <param name="obtained">Whether it was.</param>
    /// <returns>The copy.</returns>
    public StarForAiEvidence WithValidAiTedScore(bool obtained) => new(this) { HasValidAiTedScore = obtained };

    /// <inheritdoc />
    public bool Equals(StarForAiEvidence? other) =>
        other is not null && string.Equals(AiCaiqVersion, other.AiCaiqVersion, StringComparison.Ordinal) && AllQuestionsAnswered == other.AllQuestionsAnswered
        && SubmittedToRegistry == other.SubmittedToRegistry && HasValidAiTedScore == other.HasValidAiTedScore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StarForAiEvidence);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(AiCaiqVersion ?? ""), AllQuestionsAnswered, SubmittedToRegistry, HasValidAiTedScore);

    /// <inheritdoc />
    public override string ToString() =>
        $"AI-CAIQ {AiCaiqVersion ?? "none"}; all answered: {AllQuestionsAnswered}; on the registry: {SubmittedToRegistry}; Valid-AI-ted: {HasValidAiTedScore}";
}
