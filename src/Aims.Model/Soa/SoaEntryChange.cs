using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A control whose SoA entry differs between two versions, with the fields that changed.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SoaEntryChange : IEquatable<SoaEntryChange>
{
    internal SoaEntryChange(string controlId, ImmutableArray<FieldChange> changes)
    {
        ControlId = controlId;
        Changes = changes;
    }

    /// <summary>Gets the control id.</summary>
    public string ControlId { get; }

    /// <summary>Gets the changed fields, in a fixed field order.</summary>
    public ImmutableArray<FieldChange> Changes { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(SoaEntryChange? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(ControlId, other.ControlId)
            && ValueEquality.Sequence(Changes, other.Changes));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SoaEntryChange);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ControlId, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Changes));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(SoaEntryChange? left, SoaEntryChange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SoaEntryChange? left, SoaEntryChange? right) => !(left == right);
}
