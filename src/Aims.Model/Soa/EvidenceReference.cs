namespace Aims.Model;

/// <summary>A pointer to an evidence artefact held elsewhere (document system, ticket, repository).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class EvidenceReference : IEquatable<EvidenceReference>
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceReference"/> class of kind <see cref="EvidenceKind.Other"/>.</summary>
    /// <param name="title">What the evidence is.</param>
    /// <remarks>The location and collection date are set through validated copies, <see cref="WithLocation"/> and <see cref="WithCollectedOn"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public EvidenceReference(string title)
        : this(title, EvidenceKind.Other)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvidenceReference"/> class.</summary>
    /// <param name="title">What the evidence is.</param>
    /// <param name="kind">The kind of evidence.</param>
    /// <remarks>The location and collection date are set through validated copies, <see cref="WithLocation"/> and <see cref="WithCollectedOn"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public EvidenceReference(string title, EvidenceKind kind)
    {
        Title = Guard.Text(title, nameof(title));
        Kind = Guard.Defined(kind, nameof(kind));
    }

    private EvidenceReference(EvidenceReference source)
    {
        Title = source.Title;
        Kind = source.Kind;
        Location = source.Location;
        CollectedOn = source.CollectedOn;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets the location, if recorded.</summary>
    public string? Location { get; private init; }

    /// <summary>Gets the collection date, if recorded.</summary>
    public DateOnly? CollectedOn { get; private init; }

    /// <summary>Returns a copy with where to find it, a URL or document id (blank or <see langword="null"/> clears it).</summary>
    /// <param name="location">The new value.</param>
    /// <returns>The copy.</returns>
    public EvidenceReference WithLocation(string? location) => new(this) { Location = Guard.OptionalText(location) };

    /// <summary>Returns a copy with when it was produced or last refreshed (<see langword="null"/> clears it).</summary>
    /// <param name="collectedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public EvidenceReference WithCollectedOn(DateOnly? collectedOn) => new(this) { CollectedOn = collectedOn };

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
