namespace Aims.Model;

/// <summary>One change of a versioned document: which version, who, when and why.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ChangeLogEntry
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
}
