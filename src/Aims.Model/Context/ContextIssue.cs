namespace Aims.Model;

/// <summary>An internal or external issue relevant to the organization's purpose and its AIMS (clause 4.1).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ContextIssue
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
}
