namespace Aims.Model;

/// <summary>A pointer to an evidence artefact held elsewhere (document system, ticket, repository).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class EvidenceReference : IEquatable<EvidenceReference>
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceReference"/> class.</summary>
    /// <param name="title">What the evidence is.</param>
    /// <param name="kind">The kind of evidence.</param>
    /// <param name="location">Where to find it (URL, document id); optional.</param>
    /// <param name="collectedOn">When it was produced or last refreshed; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public EvidenceReference(string title, EvidenceKind kind = EvidenceKind.Other, string? location = null, DateOnly? collectedOn = null)
    {
        Title = Guard.Text(title, nameof(title));
        Kind = Guard.Defined(kind, nameof(kind));
        Location = Guard.OptionalText(location);
        CollectedOn = collectedOn;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets the location, if recorded.</summary>
    public string? Location { get; }

    /// <summary>Gets the collection date, if recorded.</summary>
    public DateOnly? CollectedOn { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(EvidenceReference? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Title, other.Title)
            && EqualityComparer<EvidenceKind>.Default.Equals(Kind, other.Kind)
            && ValueEquality.Text(Location, other.Location)
            && EqualityComparer<DateOnly?>.Default.Equals(CollectedOn, other.CollectedOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvidenceReference);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Location, StringComparer.Ordinal);
        hash.Add(CollectedOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(EvidenceReference? left, EvidenceReference? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(EvidenceReference? left, EvidenceReference? right) => !(left == right);
}
