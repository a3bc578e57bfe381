namespace Aims.Model;

/// <summary>What <see cref="DiscoveryReconciliation"/> made of one discovered asset; every asset gets exactly one.</summary>
public enum DiscoveryOutcomeKind
{
    /// <summary>One AI system of the inventory matched; applying updates its last-seen date.</summary>
    Matched,

    /// <summary>No AI system matched: a shadow-AI candidate for a person to triage (applying records it, never as a system).</summary>
    Candidate,

    /// <summary>The first rule that matched found several AI systems; reported, not guessed, and nothing is changed.</summary>
    Ambiguous,

    /// <summary>The asset cannot be reconciled (for example it is dated after the reconciliation date); nothing is changed.</summary>
    Rejected,
}
