namespace Aims.Model;

/// <summary>The GDPR Art. 35 data protection impact assessment an AI impact assessment builds on (EU AI Act Art. 27(4)) or sits next to, for a system that processes personal data.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DpiaReference : IEquatable<DpiaReference>
{
    /// <summary>Initializes a new instance of the <see cref="DpiaReference"/> class.</summary>
    /// <param name="title">The DPIA's title or id.</param>
    /// <param name="completedOn">The day it was completed, or <see langword="null"/>.</param>
    /// <param name="location">Where it is kept, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public DpiaReference(string title, DateOnly? completedOn = null, string? location = null)
    {
        Title = Guard.Text(title, nameof(title));
        CompletedOn = completedOn;
        Location = Guard.OptionalText(location);
    }

    /// <summary>Gets the DPIA's title or id in the privacy team's register.</summary>
    public string Title { get; }

    /// <summary>Gets the day the DPIA was completed, or <see langword="null"/> while it is in progress.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>Gets where it is kept (a URL or document id), if recorded.</summary>
    public string? Location { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DpiaReference? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Title, other.Title)
            && CompletedOn == other.CompletedOn
            && ValueEquality.Text(Location, other.Location));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DpiaReference);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(CompletedOn);
        hash.Add(Location, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DpiaReference? left, DpiaReference? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DpiaReference? left, DpiaReference? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Title;
}
