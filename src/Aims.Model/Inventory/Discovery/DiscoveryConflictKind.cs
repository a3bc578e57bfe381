namespace Aims.Model;

/// <summary>A finding of <see cref="DiscoveryReconciliation"/> that a person should look at, besides the asset's outcome.</summary>
public enum DiscoveryConflictKind
{
    /// <summary>A retired AI system was seen in use after its retirement.</summary>
    RetiredSystemSeen,

    /// <summary>An unmatched asset has the name of an AI system; names alone never match, so it stays a candidate: add an alias or an endpoint to the system if it is the same.</summary>
    SameNameAsSystem,

    /// <summary>The asset was triaged as registered in the inventory, but no rule ties it to that system: add its external id to the system's discovery aliases.</summary>
    RegisteredCandidateUnmatched,
}
