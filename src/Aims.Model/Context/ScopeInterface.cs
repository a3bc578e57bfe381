namespace Aims.Model;

/// <summary>An interface or dependency between activities inside the AIMS and those outside it (clause 4.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScopeInterface : IEquatable<ScopeInterface>
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

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ScopeInterface? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Description, other.Description)
            && IsExternal == other.IsExternal
            && ValueEquality.Text(Counterparty, other.Counterparty));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScopeInterface);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(IsExternal);
        hash.Add(Counterparty, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ScopeInterface? left, ScopeInterface? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScopeInterface? left, ScopeInterface? right) => !(left == right);
}
