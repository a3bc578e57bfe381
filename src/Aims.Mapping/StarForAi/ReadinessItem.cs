namespace Aims.Mapping;

/// <summary>One requirement of a readiness checklist, met or not, with the reason.</summary>
/// <param name="RequirementId">The requirement, for example <c>L2.1</c> of <c>csa-star-ai</c>.</param>
/// <param name="Title">What it asks.</param>
/// <param name="IsMet">Whether it is met.</param>
/// <param name="Reason">Why, in one sentence.</param>
public readonly record struct ReadinessItem(string RequirementId, string Title, bool IsMet, string Reason);
