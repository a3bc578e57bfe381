using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The version of a controlled document (ISO/IEC 42001 clause 7.5) and its change log, oldest change first.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DocumentRevision : IEquatable<DocumentRevision>
{
    /// <summary>Initializes a new instance of the <see cref="DocumentRevision"/> class.</summary>
    /// <param name="version">The current version id, for example <c>1.2</c>.</param>
    /// <param name="changeLog">The changes so far, oldest first; when not empty, the last entry must be for <paramref name="version"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank, the log contains null, or its last entry is for another version.</exception>
    public DocumentRevision(string version, IEnumerable<ChangeLogEntry>? changeLog = null)
    {
        Version = Guard.Text(version, nameof(version));
        ChangeLog = Guard.List(changeLog, nameof(changeLog));
        if (!ChangeLog.IsEmpty && !string.Equals(ChangeLog[^1].Version, Version, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The last change-log entry is for version '{ChangeLog[^1].Version}', not the current version '{Version}'.",
                nameof(changeLog));
        }
    }

    /// <summary>Gets a first draft revision, <c>0.1</c>, with an empty change log.</summary>
    public static DocumentRevision Draft { get; } = new("0.1");

    /// <summary>Gets the current version id.</summary>
    public string Version { get; }

    /// <summary>Gets the change log, oldest first.</summary>
    public ImmutableArray<ChangeLogEntry> ChangeLog { get; }

    /// <summary>Returns the next revision, recording who changed the document, when and why.</summary>
    /// <param name="version">The new version id; must differ from the current one.</param>
    /// <param name="author">Who made the change.</param>
    /// <param name="changedAt">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new revision, with the change appended to the log.</returns>
    /// <exception cref="ArgumentException">A text argument is blank, or <paramref name="version"/> equals the current version.</exception>
    public DocumentRevision Next(string version, string author, DateTimeOffset changedAt, string reason)
    {
        var entry = new ChangeLogEntry(version, author, changedAt, reason);
        if (string.Equals(entry.Version, Version, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The new version must differ from the current version '{Version}'.", nameof(version));
        }

        return new DocumentRevision(entry.Version, ChangeLog.Add(entry));
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DocumentRevision? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Sequence(ChangeLog, other.ChangeLog));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentRevision);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(ChangeLog));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DocumentRevision? left, DocumentRevision? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DocumentRevision? left, DocumentRevision? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"v{Version}";
}
