namespace Aims.Model;

/// <summary>
/// The condition of EU AI Act Art. 6(3) on which a provider relies to say that an Annex III system is not high-risk
/// because it poses no significant risk of harm (our own short names of points (a) to (d)).
/// </summary>
public enum Article6Condition
{
    /// <summary>Art. 6(3)(a): the system performs a narrow procedural task.</summary>
    NarrowProceduralTask,

    /// <summary>Art. 6(3)(b): the system improves the result of a human activity already completed.</summary>
    ImprovesCompletedHumanActivity,

    /// <summary>Art. 6(3)(c): the system detects decision patterns, or deviations from them, without replacing or influencing the human assessment without proper human review.</summary>
    DetectsDecisionPatterns,

    /// <summary>Art. 6(3)(d): the system performs a task preparatory to an assessment relevant to an Annex III use case.</summary>
    PreparatoryTask,
}
