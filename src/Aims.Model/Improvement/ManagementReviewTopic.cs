namespace Aims.Model;

/// <summary>The topics a management review must consider (the inputs of clause 9.3.2, in our words).</summary>
public enum ManagementReviewTopic
{
    /// <summary>Status of actions from previous reviews.</summary>
    PreviousActions,

    /// <summary>Changes in external and internal issues.</summary>
    ContextChanges,

    /// <summary>Changes in the needs and expectations of interested parties.</summary>
    InterestedPartyNeeds,

    /// <summary>Performance of the AIMS: nonconformities and corrective actions, monitoring results, audit results.</summary>
    Performance,

    /// <summary>Opportunities for continual improvement.</summary>
    ImprovementOpportunities,
}
