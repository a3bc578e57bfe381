using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// A component of an AI system obtained from a supplier, with notes on how responsibilities are shared
/// (ISO/IEC 42001 Annex A.10).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ThirdPartyComponent : IEquatable<ThirdPartyComponent>
{
    /// <summary>Initializes a new instance of the <see cref="ThirdPartyComponent"/> class.</summary>
    /// <param name="name">The component name.</param>
    /// <param name="kind">The kind of component.</param>
    /// <param name="supplier">The supplier.</param>
    /// <remarks>The version and the shared responsibility are set through <see cref="WithVersion"/> and <see cref="WithSharedResponsibility"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="supplier"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ThirdPartyComponent(string name, ComponentKind kind, string supplier)
    {
        Name = Guard.Text(name, nameof(name));
        Kind = Guard.Defined(kind, nameof(kind));
        Supplier = Guard.Text(supplier, nameof(supplier));
        Assurances = [];
    }

    private ThirdPartyComponent(ThirdPartyComponent source)
    {
        Name = source.Name;
        Kind = source.Kind;
        Supplier = source.Supplier;
        Version = source.Version;
        SharedResponsibility = source.SharedResponsibility;
        Assurances = source.Assurances;
    }

    /// <summary>Gets the component name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of component.</summary>
    public ComponentKind Kind { get; }

    /// <summary>Gets the supplier.</summary>
    public string Supplier { get; }

    /// <summary>Gets the version in use, if recorded.</summary>
    public string? Version { get; private init; }

    /// <summary>Gets the shared-responsibility notes, if recorded.</summary>
    public string? SharedResponsibility { get; private init; }

    /// <summary>Gets the contract terms and attestations recorded for the supplier (no training on our data, residency, incident notification, certification), distinct and in declaration order.</summary>
    public ImmutableArray<VendorAssurance> Assurances { get; private init; }

    /// <summary>Returns a copy with the supplier's contract terms and attestations.</summary>
    /// <param name="assurances">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public ThirdPartyComponent WithAssurances(IEnumerable<VendorAssurance> assurances) => new(this) { Assurances = Guard.EnumSet(assurances, nameof(assurances)) };

    /// <summary>Returns a copy with the version in use (<see langword="null"/> clears it).</summary>
    /// <param name="version">The new value.</param>
    /// <returns>The copy.</returns>
    public ThirdPartyComponent WithVersion(string? version) => new(this) { Version = Guard.OptionalText(version) };

    /// <summary>Returns a copy with the shared responsibility agreed with the supplier (<see langword="null"/> clears it).</summary>
    /// <param name="sharedResponsibility">The new value.</param>
    /// <returns>The copy.</returns>
    public ThirdPartyComponent WithSharedResponsibility(string? sharedResponsibility) => new(this) { SharedResponsibility = Guard.OptionalText(sharedResponsibility) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ThirdPartyComponent? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Name, other.Name)
            && EqualityComparer<ComponentKind>.Default.Equals(Kind, other.Kind)
            && ValueEquality.Text(Supplier, other.Supplier)
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Text(SharedResponsibility, other.SharedResponsibility)
            && ValueEquality.Sequence(Assurances, other.Assurances));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ThirdPartyComponent);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Supplier, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Assurances));
        hash.Add(SharedResponsibility, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ThirdPartyComponent? left, ThirdPartyComponent? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ThirdPartyComponent? left, ThirdPartyComponent? right) => !(left == right);
}
