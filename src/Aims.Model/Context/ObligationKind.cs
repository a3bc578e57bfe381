namespace Aims.Model;

/// <summary>The nature of a compliance obligation.</summary>
public enum ObligationKind
{
    /// <summary>A law (for example GDPR or the EU AI Act).</summary>
    Legal,

    /// <summary>A regulator's rule or guidance with binding effect.</summary>
    Regulatory,

    /// <summary>A contract with a customer, supplier or partner.</summary>
    Contractual,

    /// <summary>A commitment the organization chose to make (a code of conduct, a certification).</summary>
    Voluntary,
}
