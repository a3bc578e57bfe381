namespace Aims.Model;

/// <summary>Where a person's triage of a <see cref="ShadowAiCandidate"/> stands.</summary>
public enum ShadowAiCandidateStatus
{
    /// <summary>Recorded by a discovery import and not yet looked at.</summary>
    New,

    /// <summary>A person is finding out what it is and who owns it.</summary>
    UnderReview,

    /// <summary>Entered in the AI system inventory, as the system named by <see cref="ShadowAiCandidate.SystemId"/>.</summary>
    Registered,

    /// <summary>Not an AI system of the organization (a false positive, blocked, or out of scope), for the reason given.</summary>
    Dismissed,
}
