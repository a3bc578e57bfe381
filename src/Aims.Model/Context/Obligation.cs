namespace Aims.Model;

/// <summary>A legal, regulatory, contractual or voluntary obligation that drives the AIMS (clauses 4.2 and 6.1.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Obligation : IEquatable<Obligation>
{
    /// <summary>Initializes a new instance of the <see cref="Obligation"/> class.</summary>
    /// <param name="id">The id, referenced by SoA entries.</param>
    /// <param name="kind">The kind of obligation.</param>
    /// <param name="title">A short title, for example <c>EU AI Act — deployer duties</c>.</param>
    /// <param name="reference">A citation, for example <c>Regulation (EU) 2024/1689 Art. 26</c>; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Obligation(string id, ObligationKind kind, string title, string? reference = null)
    {
        Id = Guard.Id(id, nameof(id));
        Kind = Guard.Defined(kind, nameof(kind));
        Title = Guard.Text(title, nameof(title));
        Reference = Guard.OptionalText(reference);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public ObligationKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the citation, if recorded.</summary>
    public string? Reference { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Obligation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && EqualityComparer<ObligationKind>.Default.Equals(Kind, other.Kind)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Reference, other.Reference));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Obligation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Reference, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Obligation? left, Obligation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Obligation? left, Obligation? right) => !(left == right);
}
