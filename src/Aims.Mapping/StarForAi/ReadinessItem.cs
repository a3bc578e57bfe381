namespace Aims.Mapping;

/// <summary>One requirement of a readiness checklist, met or not, with the reason.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReadinessItem : IEquatable<ReadinessItem>
{
    /// <summary>Initializes a new instance of the <see cref="ReadinessItem"/> class.</summary>
    /// <param name="requirementId">The requirement, for example <c>L2.1</c> of <c>csa-star-ai</c>.</param>
    /// <param name="title">What it asks.</param>
    /// <param name="isMet">Whether it is met.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <exception cref="ArgumentException">A string argument is blank.</exception>
    public ReadinessItem(string requirementId, string title, bool isMet, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requirementId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        RequirementId = requirementId;
        Title = title;
        IsMet = isMet;
        Reason = reason;
    }

    /// <summary>Gets the requirement, for example <c>L2.1</c> of <c>csa-star-ai</c>.</summary>
    public string RequirementId { get; }

    /// <summary>Gets what it asks.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether it is met.</summary>
    public bool IsMet { get; }

    /// <summary>Gets why, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns whether two items are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(ReadinessItem? left, ReadinessItem? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two items differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ReadinessItem? left, ReadinessItem? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ReadinessItem? other) =>
        other is not null && string.Equals(RequirementId, other.RequirementId, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal) && IsMet == other.IsMet
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReadinessItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RequirementId), StringComparer.Ordinal.GetHashCode(Title), IsMet, StringComparer.Ordinal.GetHashCode(Reason));

    /// <inheritdoc />
    public override string ToString() =>
        $"{RequirementId} {(IsMet ? "met" : "not met")}: {Reason}";
}
