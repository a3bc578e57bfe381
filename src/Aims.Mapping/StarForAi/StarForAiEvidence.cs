namespace Aims.Mapping;

/// <summary>What the organization has done for CSA STAR for AI beyond its AIMS: the AI-CAIQ and the registry.</summary>
/// <param name="AiCaiqVersion">The AI-CAIQ version completed (for example <c>1.0.2</c>), or <see langword="null"/> if none.</param>
/// <param name="AllQuestionsAnswered">Whether every answer and SSRM ownership cell is filled.</param>
/// <param name="SubmittedToRegistry">Whether the AI-CAIQ was submitted to the STAR Registry.</param>
/// <param name="HasValidAiTedScore">Whether a Valid-AI-ted maturity score was obtained.</param>
public readonly record struct StarForAiEvidence(string? AiCaiqVersion, bool AllQuestionsAnswered, bool SubmittedToRegistry, bool HasValidAiTedScore);
