namespace Aims.Model;

/// <summary>A pointer to an evidence artefact held elsewhere (document system, ticket, repository).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class EvidenceReference
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
}
