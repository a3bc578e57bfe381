namespace Aims.Model;

/// <summary>One field that differs between two versions of a document entry, as display text.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FieldChange : IEquatable<FieldChange>
{
    internal FieldChange(string field, string? oldValue, string? newValue)
    {
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Gets the field name, as in the JSON shape (for example <c>justification</c>).</summary>
    public string Field { get; }

    /// <summary>Gets the value in the older version, or <see langword="null"/> when it had none.</summary>
    public string? OldValue { get; }

    /// <summary>Gets the value in the newer version, or <see langword="null"/> when it has none.</summary>
    public string? NewValue { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FieldChange? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Field, other.Field)
            && ValueEquality.Text(OldValue, other.OldValue)
            && ValueEquality.Text(NewValue, other.NewValue));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FieldChange);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Field, StringComparer.Ordinal);
        hash.Add(OldValue, StringComparer.Ordinal);
        hash.Add(NewValue, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FieldChange? left, FieldChange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FieldChange? left, FieldChange? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Field}: '{OldValue}' → '{NewValue}'";
}
