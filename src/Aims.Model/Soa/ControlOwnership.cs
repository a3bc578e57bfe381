namespace Aims.Model;

/// <summary>
/// Federated control ownership: who owns a control for one business unit, site or AI system. A control may have one
/// owner per scope, so large organizations can run a control locally while the SoA keeps one central owner.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlOwnership
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
}
