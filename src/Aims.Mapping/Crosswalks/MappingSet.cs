using System.Collections.Immutable;
using Aims.Mapping.Internal;

namespace Aims.Mapping;

/// <summary>A set of mappings from one framework to another, with provenance and the scale its strengths use.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Equality compares every member, the mappings as a sequence (order counts).</remarks>
public sealed class MappingSet : IEquatable<MappingSet>
{
    /// <summary>Initializes a new instance of the <see cref="MappingSet"/> class.</summary>
    /// <param name="id">The set id, for example <c>nist-ai-rmf-iso42001-airc</c>.</param>
    /// <param name="sourceFramework">The source framework id.</param>
    /// <param name="targetFramework">The target framework id.</param>
    /// <param name="provenance">Where the set comes from.</param>
    /// <param name="mappings">The mappings; all from the source to the target framework.</param>
    /// <param name="strengthScale">The declared strength scale, for example <c>1–10 (SCF STRM)</c>; optional.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is blank or holds a control, bidirectional or zero-width character, or a mapping is null or between other frameworks.</exception>
    public MappingSet(
        string id, string sourceFramework, string targetFramework, MappingProvenance provenance, IEnumerable<ControlMapping> mappings,
        string? strengthScale = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFramework);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFramework);
        IdText.ThrowIfHidden(id, nameof(id));
        IdText.ThrowIfHidden(sourceFramework, nameof(sourceFramework));
        IdText.ThrowIfHidden(targetFramework, nameof(targetFramework));
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(mappings);
        Mappings = [.. mappings];
        if (Mappings.Any(m => m is null || m.SourceFramework != sourceFramework || m.TargetFramework != targetFramework))
        {
            throw new ArgumentException($"Every mapping must go from {sourceFramework} to {targetFramework}.", nameof(mappings));
        }

        (Id, SourceFramework, TargetFramework, Provenance) = (id, sourceFramework, targetFramework, provenance);
        StrengthScale = string.IsNullOrWhiteSpace(strengthScale) ? null : strengthScale.Trim();
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the source framework id.</summary>
    public string SourceFramework { get; }

    /// <summary>Gets the target framework id.</summary>
    public string TargetFramework { get; }

    /// <summary>Gets the provenance.</summary>
    public MappingProvenance Provenance { get; }

    /// <summary>Gets the declared strength scale, if any.</summary>
    public string? StrengthScale { get; }

    /// <summary>Gets the mappings.</summary>
    public ImmutableArray<ControlMapping> Mappings { get; }

    /// <summary>Compares two sets for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every member is equal and the mappings are equal in order.</returns>
    public static bool operator ==(MappingSet? left, MappingSet? right) => Equals(left, right);

    /// <summary>Compares two sets for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when a member or a mapping differs.</returns>
    public static bool operator !=(MappingSet? left, MappingSet? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(MappingSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(SourceFramework, other.SourceFramework, StringComparison.Ordinal)
            && string.Equals(TargetFramework, other.TargetFramework, StringComparison.Ordinal) && Provenance.Equals(other.Provenance)
            && string.Equals(StrengthScale, other.StrengthScale, StringComparison.Ordinal) && Mappings.SequenceEqual(other.Mappings)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MappingSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(SourceFramework, StringComparer.Ordinal);
        hash.Add(TargetFramework, StringComparer.Ordinal);
        hash.Add(Provenance);
        hash.Add(StrengthScale, StringComparer.Ordinal);
        foreach (var mapping in Mappings)
        {
            hash.Add(mapping);
        }

        return hash.ToHashCode();
    }
}
