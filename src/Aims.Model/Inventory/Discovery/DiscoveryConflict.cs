namespace Aims.Model;

/// <summary>A finding of <see cref="DiscoveryReconciliation"/> about one asset that a person should look at; it does not change the asset's outcome.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DiscoveryConflict : IEquatable<DiscoveryConflict>
{
    internal DiscoveryConflict(int assetIndex, DiscoveryConflictKind kind, string? systemId, string message)
    {
        AssetIndex = assetIndex;
        Kind = kind;
        SystemId = systemId;
        Message = message;
    }

    /// <summary>Gets the asset's index in the input, from 0.</summary>
    public int AssetIndex { get; }

    /// <summary>Gets the kind of finding.</summary>
    public DiscoveryConflictKind Kind { get; }

    /// <summary>Gets the AI system concerned, if any.</summary>
    public string? SystemId { get; }

    /// <summary>Gets the finding for people; wording may change.</summary>
    public string Message { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DiscoveryConflict? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && AssetIndex == other.AssetIndex
            && Kind == other.Kind
            && ValueEquality.Text(SystemId, other.SystemId)
            && ValueEquality.Text(Message, other.Message));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiscoveryConflict);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssetIndex, Kind, SystemId is null ? 0 : StringComparer.Ordinal.GetHashCode(SystemId), StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DiscoveryConflict? left, DiscoveryConflict? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DiscoveryConflict? left, DiscoveryConflict? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"#{AssetIndex} {Vocabulary.Word(Kind)}: {Message}";
}
