namespace Aims.Model;

/// <summary>How far the implementation of an applicable control has progressed.</summary>
public enum ImplementationStatus
{
    /// <summary>Nothing done yet.</summary>
    NotStarted,

    /// <summary>Planned, with an owner and a date.</summary>
    Planned,

    /// <summary>Partly implemented.</summary>
    InProgress,

    /// <summary>Implemented and operating.</summary>
    Implemented,
}
