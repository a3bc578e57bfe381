using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// A shared control: one ISO/IEC 42001 item (the <see cref="Anchor"/>), run once with one owner and one evidence set,
/// and the audit requests of other frameworks that its evidence answers (<see cref="AuditRequests"/>), each with the
/// mappings that justify the reuse. Built by <see cref="CommonControlSet"/>, whose remarks state the grouping rule.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CommonControl
{
    internal CommonControl(
        FrameworkItem anchor, ImmutableArray<CommonControlMember> auditRequests, string? owner, ImmutableArray<ControlOwnership> scopedOwners,
        ImmutableArray<EvidenceReference> evidence, ClauseBasis? clauseBasis)
    {
        Anchor = anchor;
        AuditRequests = auditRequests;
        Owner = owner;
        ScopedOwners = scopedOwners;
        Evidence = evidence;
        ClauseBasis = clauseBasis;
    }

    /// <summary>Gets the id: <c>CC-</c> and the anchor's key, for example <c>CC-iso42001:A.2.2</c>.</summary>
    public string Id => $"CC-{Anchor.Key}";

    /// <summary>Gets the ISO/IEC 42001 clause or Annex A control whose evidence the group reuses.</summary>
    public FrameworkItem Anchor { get; }

    /// <summary>Gets the items of other frameworks whose audit requests the anchor's evidence answers, strongest reuse first.</summary>
    public ImmutableArray<CommonControlMember> AuditRequests { get; }

    /// <summary>Gets the anchor and every audit request's item, the anchor first.</summary>
    public ImmutableArray<FrameworkItem> Members => [Anchor, .. AuditRequests.Select(r => r.Item)];

    /// <summary>Gets the owner from the anchor's SoA entry, or <see langword="null"/> when the SoA names none.</summary>
    public string? Owner { get; }

    /// <summary>Gets the workspace's control-ownership records of the anchor (owners per scope, for example per cloud).</summary>
    public ImmutableArray<ControlOwnership> ScopedOwners { get; }

    /// <summary>Gets the evidence listed in the anchor's SoA entry, reused for every audit request.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; }

    /// <summary>Gets the basis of a clause anchor (the workspace record or statement that evidences it), if any.</summary>
    public ClauseBasis? ClauseBasis { get; }

    /// <summary>Gets whether the group has anything to show an auditor: evidence in the SoA or a clause basis.</summary>
    public bool HasEvidence => !Evidence.IsEmpty || ClauseBasis is not null;

    /// <summary>Gets how many audit requests the evidence answers in full (each is one evidence request the auditee saves).</summary>
    public int AuditRequestsSaved => AuditRequests.Count(r => r.Reuse == EvidenceReuse.Full);
}
