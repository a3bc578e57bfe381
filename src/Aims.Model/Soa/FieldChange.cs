namespace Aims.Model;

/// <summary>One field that differs between two versions of a document entry, as display text.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FieldChange
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

    /// <inheritdoc />
    public override string ToString() => $"{Field}: '{OldValue}' → '{NewValue}'";
}
