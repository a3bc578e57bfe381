using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>An audit of the internal audit programme (clause 9.2): planned date, scope, auditor and findings.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InternalAudit
{
    /// <summary>Initializes a new instance of the <see cref="InternalAudit"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="plannedOn">When it is planned.</param>
    /// <param name="auditor">Who audits (independent of the audited area).</param>
    /// <param name="scope">Clause and control ids covered.</param>
    /// <param name="performedOn">When it was performed; <see langword="null"/> while planned.</param>
    /// <param name="findings">The findings.</param>
    /// <exception cref="ArgumentException">An id or text is blank or malformed, or a list contains null.</exception>
    public InternalAudit(
        string id,
        string title,
        DateOnly plannedOn,
        string auditor,
        IEnumerable<string>? scope = null,
        DateOnly? performedOn = null,
        IEnumerable<AuditFinding>? findings = null)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        PlannedOn = plannedOn;
        Auditor = Guard.Text(auditor, nameof(auditor));
        Scope = Guard.IdList(scope, nameof(scope));
        PerformedOn = performedOn;
        Findings = Guard.List(findings, nameof(findings));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the planned date.</summary>
    public DateOnly PlannedOn { get; }

    /// <summary>Gets the auditor.</summary>
    public string Auditor { get; }

    /// <summary>Gets the clause and control ids covered.</summary>
    public ImmutableArray<string> Scope { get; }

    /// <summary>Gets when it was performed, or <see langword="null"/> while planned.</summary>
    public DateOnly? PerformedOn { get; }

    /// <summary>Gets the findings.</summary>
    public ImmutableArray<AuditFinding> Findings { get; }
}
