namespace Aims.Model;

/// <summary>A legal, regulatory, contractual or voluntary obligation that drives the AIMS (clauses 4.2 and 6.1.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Obligation
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
}
