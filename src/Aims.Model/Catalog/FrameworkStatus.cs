namespace Aims.Model;

/// <summary>Where a version of a framework or regulation stands: a customer's catalog says so as data, never in code.</summary>
public enum FrameworkStatus
{
    /// <summary>Published and in force (or, for a standard, the current edition).</summary>
    InForce,

    /// <summary>Replaced by a later version or amendment; kept so that records made under it can still be read and compared.</summary>
    Superseded,

    /// <summary>Proposed or in draft: not yet law or a published edition.</summary>
    Proposed,

    /// <summary>Reported to be in force by secondary sources; the primary text was not read, so treat its contents as unverified.</summary>
    ReportedUnverified,
}
