namespace Aims.Model;

/// <summary>An internal or external issue relevant to the organization's purpose and its AIMS (clause 4.1).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ContextIssue : IEquatable<ContextIssue>
{
    /// <summary>Initializes a new instance of the <see cref="ContextIssue"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="description">The issue.</param>
    /// <param name="isExternal">Whether the issue is external (market, law, technology) rather than internal.</param>
    /// <param name="category">A free category (for example <c>legal</c>, <c>technology</c>, <c>culture</c>); optional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is blank or malformed.</exception>
    public ContextIssue(string id, string description, bool isExternal, string? category = null)
    {
        Id = Guard.Id(id, nameof(id));
        Description = Guard.Text(description, nameof(description));
        IsExternal = isExternal;
        Category = Guard.OptionalText(category);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the issue is external.</summary>
    public bool IsExternal { get; }

    /// <summary>Gets the category, if recorded.</summary>
    public string? Category { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ContextIssue? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Description, other.Description)
            && IsExternal == other.IsExternal
            && ValueEquality.Text(Category, other.Category));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContextIssue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(IsExternal);
        hash.Add(Category, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ContextIssue? left, ContextIssue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ContextIssue? left, ContextIssue? right) => !(left == right);
}
