namespace Aims.Model;

/// <summary>
/// Federated control ownership: who owns a control for one business unit, site or AI system. A control may have one
/// owner per scope, so large organizations can run a control locally while the SoA keeps one central owner.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlOwnership : IEquatable<ControlOwnership>
{
    /// <summary>Initializes a new instance of the <see cref="ControlOwnership"/> class.</summary>
    /// <param name="controlId">The control id (Annex A or additional).</param>
    /// <param name="owner">The owner, a RACI role.</param>
    /// <param name="scope">The business unit, site or system id this ownership covers; <see langword="null"/> for the whole organization.</param>
    /// <exception cref="ArgumentException"><paramref name="controlId"/> or <paramref name="owner"/> is blank or malformed.</exception>
    public ControlOwnership(string controlId, string owner, string? scope = null)
    {
        ControlId = Guard.Id(controlId, nameof(controlId));
        Owner = Guard.Text(owner, nameof(owner));
        Scope = Guard.OptionalText(scope);
    }

    /// <summary>Gets the control id.</summary>
    public string ControlId { get; }

    /// <summary>Gets the owner.</summary>
    public string Owner { get; }

    /// <summary>Gets the scope, or <see langword="null"/> for the whole organization.</summary>
    public string? Scope { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ControlOwnership? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(ControlId, other.ControlId)
            && ValueEquality.Text(Owner, other.Owner)
            && ValueEquality.Text(Scope, other.Scope));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ControlOwnership);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ControlId, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(Scope, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ControlOwnership? left, ControlOwnership? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ControlOwnership? left, ControlOwnership? right) => !(left == right);
}
