using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>An interested party and its relevant requirements (clause 4.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InterestedParty : IEquatable<InterestedParty>
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

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(InterestedParty? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && IsExternal == other.IsExternal
            && ValueEquality.Sequence(Requirements, other.Requirements));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InterestedParty);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(IsExternal);
        hash.Add(ValueEquality.SequenceHash(Requirements));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(InterestedParty? left, InterestedParty? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(InterestedParty? left, InterestedParty? right) => !(left == right);
}
