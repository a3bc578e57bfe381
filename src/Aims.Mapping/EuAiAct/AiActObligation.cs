namespace Aims.Mapping;

/// <summary>An obligation (or prohibition, or note) of the EU AI Act for a profile, with its article and the reason it applies.</summary>
/// <param name="ArticleId">The article id in the <c>eu-ai-act</c> catalog, for example <c>Art.26</c>.</param>
/// <param name="Title">The article's official title.</param>
/// <param name="Reason">Why it applies to this profile, in one sentence.</param>
/// <param name="IsProhibition">Whether it is a prohibition (Art. 5): the system must not be placed on the market or used.</param>
public readonly record struct AiActObligation(string ArticleId, string Title, string Reason, bool IsProhibition = false);
