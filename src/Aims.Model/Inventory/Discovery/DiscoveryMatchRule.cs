namespace Aims.Model;

/// <summary>
/// The rule by which <see cref="DiscoveryReconciliation"/> tied a discovered asset to AI systems, in the order the
/// rules are tried; the first rule that finds any system decides.
/// </summary>
public enum DiscoveryMatchRule
{
    /// <summary>The asset's external id is a system's id or one of its <see cref="AiSystem.DiscoveryAliases"/> (ignoring case).</summary>
    ExternalId,

    /// <summary>The asset's endpoint has the host of one of a system's <see cref="AiSystem.Endpoints"/> (scheme, port, path and case ignored).</summary>
    Endpoint,

    /// <summary>The asset's provider and model id are the supplier and name of a system's third-party component, or the provider and base model of its lineage (ignoring case).</summary>
    ProviderAndModel,
}
