namespace Aims.Risk;

/// <summary>
/// One cost module of a loss event: a named part of the loss magnitude with its own estimate per event, as the FAIR
/// Materiality Assessment Model (FAIR-MAM, FAIR Institute, 2023) breaks loss magnitude into cost modules such as
/// business interruption or proprietary data loss. Name the modules as your cost model does: Aims ships no list.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class CostModule : IEquatable<CostModule>
{
    /// <summary>Creates a cost module.</summary>
    /// <param name="name">The module's name, unique within an analysis, for example "Business interruption".</param>
    /// <param name="perEvent">The module's cost per loss event; not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="perEvent"/> is <see langword="null"/>.</exception>
    public CostModule(string name, Estimate perEvent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(perEvent);
        Name = name.Trim();
        PerEvent = perEvent;
    }

    /// <summary>Gets the module's name.</summary>
    public string Name { get; }

    /// <summary>Gets the module's cost per loss event.</summary>
    public Estimate PerEvent { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same name (ordinal) and estimate.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CostModule? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && PerEvent.Equals(other.PerEvent);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CostModule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), PerEvent);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CostModule? left, CostModule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CostModule? left, CostModule? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {PerEvent}";
}
