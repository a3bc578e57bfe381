namespace Aims.Model;

/// <summary>Where a discovered AI asset was observed.</summary>
public enum DiscoverySource
{
    /// <summary>A cloud provider's resource inventory (AI services, model endpoints, notebooks).</summary>
    CloudInventory,

    /// <summary>Web proxy or gateway logs: traffic to AI providers' APIs.</summary>
    ProxyLog,

    /// <summary>A SaaS discovery or CASB scan of the applications people sign in to.</summary>
    SaasScan,

    /// <summary>Reported by a person (a survey, an expense claim, a tip-off).</summary>
    Manual,
}
