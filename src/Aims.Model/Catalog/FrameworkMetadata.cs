namespace Aims.Model;

/// <summary>Where a catalog comes from and what may be shipped of it.</summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class FrameworkMetadata : IEquatable<FrameworkMetadata>
{
    /// <summary>Initializes a new instance of the <see cref="FrameworkMetadata"/> class.</summary>
    /// <param name="id">The framework id, for example <c>iso27001</c>.</param>
    /// <param name="name">The framework's name.</param>
    /// <param name="version">The edition or version.</param>
    /// <param name="publisher">Who publishes it.</param>
    /// <param name="licence">What is shipped and under which terms.</param>
    /// <param name="source">Where the identifiers (and any text) come from.</param>
    /// <param name="date">When the catalog data was compiled.</param>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    public FrameworkMetadata(string id, string name, string version, string publisher, string licence, string source, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(licence);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        (Id, Name, Version, Publisher, Licence, Source, Date) = (id, name, version, publisher, licence, source, date);
    }

    /// <summary>Gets the framework id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the edition or version.</summary>
    public string Version { get; }

    /// <summary>Gets the publisher.</summary>
    public string Publisher { get; }

    /// <summary>Gets the licence note: what is shipped and under which terms.</summary>
    public string Licence { get; }

    /// <summary>Gets the source of the identifiers and text.</summary>
    public string Source { get; }

    /// <summary>Gets the date the catalog data was compiled.</summary>
    public DateOnly Date { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FrameworkMetadata? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Text(Publisher, other.Publisher)
            && ValueEquality.Text(Licence, other.Licence)
            && ValueEquality.Text(Source, other.Source)
            && Date == other.Date);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FrameworkMetadata);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(Publisher, StringComparer.Ordinal);
        hash.Add(Licence, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        hash.Add(Date);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FrameworkMetadata? left, FrameworkMetadata? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FrameworkMetadata? left, FrameworkMetadata? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version}";
}
