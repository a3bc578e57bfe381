using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>An interested party and its relevant requirements (clause 4.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InterestedParty
{
    /// <summary>Initializes a new instance of the <see cref="InterestedParty"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The party, for example <c>Customers</c> or <c>Data protection authority</c>.</param>
    /// <param name="isExternal">Whether the party is outside the organization.</param>
    /// <param name="requirements">Its requirements relevant to the AIMS.</param>
    /// <exception cref="ArgumentException">An id or text is blank or malformed, or a requirement is blank.</exception>
    public InterestedParty(string id, string name, bool isExternal, IEnumerable<string>? requirements = null)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        IsExternal = isExternal;
        Requirements = Guard.TextList(requirements, nameof(requirements));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the party is external.</summary>
    public bool IsExternal { get; }

    /// <summary>Gets the requirements.</summary>
    public ImmutableArray<string> Requirements { get; }
}
