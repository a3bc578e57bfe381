namespace Aims.Model;

/// <summary>An individual, group or society affected by an AI system.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AffectedParty
{
    /// <summary>Initializes a new instance of the <see cref="AffectedParty"/> class.</summary>
    /// <param name="description">Who is affected, for example <c>Job applicants</c>.</param>
    /// <param name="kind">At which level.</param>
    /// <param name="isVulnerable">Whether the party includes vulnerable persons (children, people with disabilities …).</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public AffectedParty(string description, AffectedPartyKind kind, bool isVulnerable = false)
    {
        Description = Guard.Text(description, nameof(description));
        Kind = Guard.Defined(kind, nameof(kind));
        IsVulnerable = isVulnerable;
    }

    /// <summary>Gets who is affected.</summary>
    public string Description { get; }

    /// <summary>Gets the level.</summary>
    public AffectedPartyKind Kind { get; }

    /// <summary>Gets a value indicating whether vulnerable persons are included.</summary>
    public bool IsVulnerable { get; }
}
