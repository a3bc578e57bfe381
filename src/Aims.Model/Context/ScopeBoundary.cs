namespace Aims.Model;

/// <summary>
/// Something placed inside or outside the AIMS scope, with the reason (clause 4.3). When <see cref="SystemId"/> is
/// set, the boundary is about that AI system of the inventory.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScopeBoundary : IEquatable<ScopeBoundary>
{
    /// <summary>Initializes a new instance of the <see cref="ScopeBoundary"/> class.</summary>
    /// <param name="description">What is in or out (a site, business unit, product, process or AI system).</param>
    /// <param name="isIncluded">Whether it is in scope.</param>
    /// <param name="justification">Why; required both ways, as auditors ask for it.</param>
    /// <remarks>
    /// The AI system the boundary is about is set through a validated copy, <see cref="WithSystemId"/>, so it cannot be
    /// swapped with the justification.
    /// </remarks>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public ScopeBoundary(string description, bool isIncluded, string justification)
    {
        Description = Guard.Text(description, nameof(description));
        IsIncluded = isIncluded;
        Justification = Guard.Text(justification, nameof(justification));
    }

    private ScopeBoundary(ScopeBoundary source)
    {
        Description = source.Description;
        IsIncluded = source.IsIncluded;
        Justification = source.Justification;
        SystemId = source.SystemId;
    }

    /// <summary>Gets what is in or out.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether it is in scope.</summary>
    public bool IsIncluded { get; }

    /// <summary>Gets the justification.</summary>
    public string Justification { get; }

    /// <summary>Gets the AI system id, when the boundary is about a system.</summary>
    public string? SystemId { get; private init; }

    /// <summary>Returns a copy about the AI system with this inventory id (<see langword="null"/>: not about one system).</summary>
    /// <param name="systemId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="systemId"/> is blank or malformed.</exception>
    public ScopeBoundary WithSystemId(string? systemId) => new(this) { SystemId = systemId is null ? null : Guard.Id(systemId, nameof(systemId)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ScopeBoundary? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Description, other.Description)
            && IsIncluded == other.IsIncluded
            && ValueEquality.Text(Justification, other.Justification)
            && ValueEquality.Text(SystemId, other.SystemId));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScopeBoundary);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(IsIncluded);
        hash.Add(Justification, StringComparer.Ordinal);
        hash.Add(SystemId, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ScopeBoundary? left, ScopeBoundary? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScopeBoundary? left, ScopeBoundary? right) => !(left == right);
}
