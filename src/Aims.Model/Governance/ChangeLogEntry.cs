namespace Aims.Model;

/// <summary>One change of a versioned document: which version, who, when and why.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ChangeLogEntry : IEquatable<ChangeLogEntry>
{
    /// <summary>Initializes a new instance of the <see cref="ChangeLogEntry"/> class.</summary>
    /// <param name="version">The version the change produced.</param>
    /// <param name="author">Who made the change.</param>
    /// <param name="changedAt">When the change was made.</param>
    /// <param name="reason">Why it was made.</param>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    public ChangeLogEntry(string version, string author, DateTimeOffset changedAt, string reason)
    {
        Version = Guard.Text(version, nameof(version));
        Author = Guard.Text(author, nameof(author));
        ChangedAt = changedAt;
        Reason = Guard.Text(reason, nameof(reason));
    }

    /// <summary>Gets the version the change produced.</summary>
    public string Version { get; }

    /// <summary>Gets who made the change.</summary>
    public string Author { get; }

    /// <summary>Gets when the change was made.</summary>
    public DateTimeOffset ChangedAt { get; }

    /// <summary>Gets why the change was made.</summary>
    public string Reason { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ChangeLogEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Text(Author, other.Author)
            && ValueEquality.Instant(ChangedAt, other.ChangedAt)
            && ValueEquality.Text(Reason, other.Reason));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChangeLogEntry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(Author, StringComparer.Ordinal);
        hash.Add(ValueEquality.InstantHash(ChangedAt));
        hash.Add(Reason, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ChangeLogEntry? left, ChangeLogEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ChangeLogEntry? left, ChangeLogEntry? right) => !(left == right);
}
