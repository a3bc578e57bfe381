namespace Aims.Model;

/// <summary>The risk owner's acceptance of a residual risk.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskAcceptance
{
    /// <summary>Initializes a new instance of the <see cref="RiskAcceptance"/> class.</summary>
    /// <param name="acceptedBy">Who accepted (should be the risk owner).</param>
    /// <param name="acceptedOn">When.</param>
    /// <param name="rationale">Why; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="acceptedBy"/> is blank.</exception>
    public RiskAcceptance(string acceptedBy, DateOnly acceptedOn, string? rationale = null)
    {
        AcceptedBy = Guard.Text(acceptedBy, nameof(acceptedBy));
        AcceptedOn = acceptedOn;
        Rationale = Guard.OptionalText(rationale);
    }

    /// <summary>Gets who accepted.</summary>
    public string AcceptedBy { get; }

    /// <summary>Gets when.</summary>
    public DateOnly AcceptedOn { get; }

    /// <summary>Gets why, if recorded.</summary>
    public string? Rationale { get; }
}
