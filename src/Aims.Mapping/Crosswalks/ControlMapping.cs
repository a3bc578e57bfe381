using Aims.Mapping.Internal;

namespace Aims.Mapping;

/// <summary>One typed relationship from a source item to a target item, with rationale, strength, confidence and notes.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Equality compares every member (strings ordinally).</remarks>
public sealed class ControlMapping : IEquatable<ControlMapping>
{
    /// <summary>Initializes a new instance of the <see cref="ControlMapping"/> class.</summary>
    /// <param name="sourceFramework">The source framework id.</param>
    /// <param name="sourceId">The source item id.</param>
    /// <param name="targetFramework">The target framework id.</param>
    /// <param name="targetId">The target item id.</param>
    /// <param name="relationship">How the source relates to the target.</param>
    /// <param name="rationale">Why.</param>
    /// <param name="confidence">How sure the author is.</param>
    /// <param name="strength">Strength on the set's declared scale; optional.</param>
    /// <param name="notes">Explanation, source notes or caveats; optional.</param>
    /// <exception cref="ArgumentException">An id is blank, or holds a control, bidirectional or zero-width character.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, or the strength is negative.</exception>
    public ControlMapping(
        string sourceFramework, string sourceId, string targetFramework, string targetId, Relationship relationship,
        MatchingRationale rationale, MappingConfidence confidence = MappingConfidence.Unspecified, int? strength = null, string? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFramework);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFramework);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        IdText.ThrowIfHidden(sourceFramework, nameof(sourceFramework));
        IdText.ThrowIfHidden(sourceId, nameof(sourceId));
        IdText.ThrowIfHidden(targetFramework, nameof(targetFramework));
        IdText.ThrowIfHidden(targetId, nameof(targetId));
        if (!Enum.IsDefined(relationship) || !Enum.IsDefined(rationale) || !Enum.IsDefined(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(relationship), "Relationship, rationale and confidence must be defined values.");
        }

        if (strength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "Strength must not be negative.");
        }

        (SourceFramework, SourceId, TargetFramework, TargetId) = (sourceFramework, sourceId, targetFramework, targetId);
        (Relationship, Rationale, Confidence, Strength) = (relationship, rationale, confidence, strength);
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>Gets the source framework id.</summary>
    public string SourceFramework { get; }

    /// <summary>Gets the source item id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the target framework id.</summary>
    public string TargetFramework { get; }

    /// <summary>Gets the target item id.</summary>
    public string TargetId { get; }

    /// <summary>Gets the relationship of source to target.</summary>
    public Relationship Relationship { get; }

    /// <summary>Gets the rationale.</summary>
    public MatchingRationale Rationale { get; }

    /// <summary>Gets the confidence.</summary>
    public MappingConfidence Confidence { get; }

    /// <summary>Gets the strength on the set's scale, if given.</summary>
    public int? Strength { get; }

    /// <summary>Gets the notes, if any.</summary>
    public string? Notes { get; }

    /// <summary>Gets the same mapping read from the target's side (subset and superset swap).</summary>
    public ControlMapping Inverse() => new(TargetFramework, TargetId, SourceFramework, SourceId, Invert(Relationship), Rationale, Confidence, Strength, Notes);

    /// <summary>Compares two mappings for equality.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ControlMapping? left, ControlMapping? right) => Equals(left, right);

    /// <summary>Compares two mappings for inequality.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ControlMapping? left, ControlMapping? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ControlMapping? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            string.Equals(SourceFramework, other.SourceFramework, StringComparison.Ordinal) && string.Equals(SourceId, other.SourceId, StringComparison.Ordinal)
            && string.Equals(TargetFramework, other.TargetFramework, StringComparison.Ordinal) && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal)
            && Relationship == other.Relationship && Rationale == other.Rationale && Confidence == other.Confidence && Strength == other.Strength
            && string.Equals(Notes, other.Notes, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ControlMapping);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SourceFramework, StringComparer.Ordinal);
        hash.Add(SourceId, StringComparer.Ordinal);
        hash.Add(TargetFramework, StringComparer.Ordinal);
        hash.Add(TargetId, StringComparer.Ordinal);
        hash.Add(Relationship);
        hash.Add(Rationale);
        hash.Add(Confidence);
        hash.Add(Strength);
        hash.Add(Notes, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"{SourceFramework}:{SourceId} {Vocabulary.Word(Relationship)} {TargetFramework}:{TargetId}";

    internal static Relationship Invert(Relationship relationship) => relationship switch
    {
        Relationship.SubsetOf => Relationship.SupersetOf,
        Relationship.SupersetOf => Relationship.SubsetOf,
        _ => relationship,
    };
}
