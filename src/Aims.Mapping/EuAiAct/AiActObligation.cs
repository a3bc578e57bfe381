using System.Globalization;

namespace Aims.Mapping;

/// <summary>An obligation (or prohibition, or note) of the EU AI Act for a profile, with its article and the reason it applies.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AiActObligation : IEquatable<AiActObligation>
{
    /// <summary>Initializes a new instance of the <see cref="AiActObligation"/> class.</summary>
    /// <param name="articleId">The article id in the <c>eu-ai-act</c> catalog, for example <c>Art.26</c>.</param>
    /// <param name="title">The article's official title.</param>
    /// <param name="reason">Why it applies to this profile, in one sentence.</param>
    /// <param name="isProhibition">Whether it is a prohibition (Art. 5).</param>
    /// <exception cref="ArgumentException">A string argument is blank.</exception>
    public AiActObligation(string articleId, string title, string reason, bool isProhibition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        ArticleId = articleId;
        Title = title;
        Reason = reason;
        IsProhibition = isProhibition;
    }

    private AiActObligation(AiActObligation other)
    {
        ArticleId = other.ArticleId;
        Title = other.Title;
        Reason = other.Reason;
        IsProhibition = other.IsProhibition;
        Application = other.Application;
        Condition = other.Condition;
    }

    /// <summary>Gets the article id in the <c>eu-ai-act</c> catalog, for example <c>Art.26</c>.</summary>
    public string ArticleId { get; }

    /// <summary>Gets the article's official title.</summary>
    public string Title { get; }

    /// <summary>Gets why it applies to this profile, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Gets a value indicating whether it is a prohibition (Art. 5): the system must not be placed on the market or used.</summary>
    public bool IsProhibition { get; }

    /// <summary>Gets the row of the application timeline in force that says from when the obligation applies, or <see langword="null"/> when not stated.</summary>
    public ApplicationDate? Application { get; private init; }

    /// <summary>
    /// Gets the fact on which the obligation depends when the profile does not record it, completing "applies only if
    /// …" (for example "the system recognises emotions or categorises people by biometric data"), or
    /// <see langword="null"/> when the recorded facts say it applies.
    /// </summary>
    public string? Condition { get; private init; }

    /// <summary>Gets a value indicating whether the obligation applies only if an unrecorded fact holds (<see cref="Condition"/>).</summary>
    public bool IsConditional => Condition is not null;

    /// <summary>Gets the date from which the obligation applies, or <see langword="null"/> when not stated.</summary>
    public DateOnly? AppliesFrom => Application?.AppliesFrom;

    /// <summary>Returns a copy that applies from the date of a timeline row.</summary>
    /// <param name="application">The row, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    public AiActObligation WithApplication(ApplicationDate? application) => new(this) { Application = application };

    /// <summary>Returns a copy that applies only if an unrecorded fact holds (<see langword="null"/>: unconditionally).</summary>
    /// <param name="condition">The fact, completing "applies only if …".</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="condition"/> is empty or white space.</exception>
    public AiActObligation WithCondition(string? condition)
    {
        if (condition is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(condition);
        }

        return new(this) { Condition = condition };
    }

    /// <summary>Returns whether the obligation applies on a date: on or after <see cref="AppliesFrom"/>, or always when that is not stated.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it applies on that date.</returns>
    public bool AppliesOn(DateOnly date) => AppliesFrom is not { } from || date >= from;

    /// <summary>Returns whether two obligations are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(AiActObligation? left, AiActObligation? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two obligations differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AiActObligation? left, AiActObligation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(AiActObligation? other) =>
        other is not null && string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && IsProhibition == other.IsProhibition && Application == other.Application
        && string.Equals(Condition, other.Condition, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiActObligation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(ArticleId), StringComparer.Ordinal.GetHashCode(Title), StringComparer.Ordinal.GetHashCode(Reason), IsProhibition, Application, Condition is null ? 0 : StringComparer.Ordinal.GetHashCode(Condition));

    /// <inheritdoc />
    public override string ToString() =>
        $"{ArticleId} {Title}{(IsProhibition ? " (prohibition)" : "")}{(Condition is null ? "" : $" (only if {Condition})")}{(AppliesFrom is { } from ? string.Create(CultureInfo.InvariantCulture, $" (from {from:yyyy-MM-dd})") : "")}: {Reason}";
}
