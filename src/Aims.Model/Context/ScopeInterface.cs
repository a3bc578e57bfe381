namespace Aims.Model;

/// <summary>An interface or dependency between activities inside the AIMS and those outside it (clause 4.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScopeInterface
{
    /// <summary>Initializes a new instance of the <see cref="ScopeInterface"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="description">The interface or dependency, for example <c>Model hosting by cloud provider</c>.</param>
    /// <param name="isExternal">Whether the other side is outside the organization.</param>
    /// <param name="counterparty">Who is on the other side; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is blank or malformed.</exception>
    public ScopeInterface(string id, string description, bool isExternal, string? counterparty = null)
    {
        Id = Guard.Id(id, nameof(id));
        Description = Guard.Text(description, nameof(description));
        IsExternal = isExternal;
        Counterparty = Guard.OptionalText(counterparty);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the counterparty is external.</summary>
    public bool IsExternal { get; }

    /// <summary>Gets the counterparty, if recorded.</summary>
    public string? Counterparty { get; }
}
