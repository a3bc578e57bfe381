using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// Builds <see cref="CommonControl"/>s: "map once, reuse evidence". Each group is anchored on an ISO/IEC 42001 item and
/// lists the other frameworks' items its evidence answers.
/// </summary>
/// <remarks>
/// <para>The rule, per mapping between the anchor and another item (read from the anchor's side):</para>
/// <list type="bullet">
/// <item><description><b>Full reuse</b> — equal-to, equivalent-to, or the other item is a subset of the anchor (the
/// anchor's requirement includes all of it).</description></item>
/// <item><description><b>Partial reuse</b> — intersects-with at <see cref="MappingConfidence.High"/> confidence, or the
/// other item is a superset of the anchor: the evidence answers the overlap and the auditor may ask for the rest.</description></item>
/// <item><description>Not grouped — intersects-with at lower or unstated confidence, and no-relationship: the overlap
/// is too uncertain to promise reuse.</description></item>
/// </list>
/// <para>Items equal or equivalent to a member join with the member's reuse (a chain, kept in
/// <see cref="CommonControlMember.Basis"/>). An Annex A control that the SoA excludes anchors no group: there is no
/// evidence to reuse. Owners and evidence come from the anchor's SoA entry and the control-ownership records; a clause
/// anchor's evidence is its <see cref="ClauseBasis"/> when built from a workspace.</para>
/// </remarks>
public static class CommonControlSet
{
    /// <summary>Builds the common controls of a workspace: owners and evidence from its SoA and control-ownership records, clause bases from its records.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="crosswalk">The mappings; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="asOf">The date for the clause bases (<see cref="ClauseEvidence.FromWorkspace"/>); none when <see langword="null"/>.</param>
    /// <returns>Every group with at least one audit request, most requests saved first, then in catalog order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<CommonControl> Build(AimsWorkspace workspace, Crosswalk? crosswalk = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Build(crosswalk, workspace.Soa, workspace.ControlOwners, ClauseEvidence.FromWorkspace(workspace, asOf));
    }

    /// <summary>Builds the common controls of a crosswalk, taking owners and evidence from an SoA.</summary>
    /// <param name="crosswalk">The mappings; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="soa">Supplies the owner and evidence of Annex A anchors, and the exclusions; optional.</param>
    /// <param name="owners">Control-ownership records (owners per scope); optional.</param>
    /// <param name="clauses">The bases of clause anchors; optional.</param>
    /// <returns>Every group with at least one audit request, most requests saved first, then in catalog order.</returns>
    public static ImmutableArray<CommonControl> Build(
        Crosswalk? crosswalk = null, StatementOfApplicability? soa = null, IEnumerable<ControlOwnership>? owners = null, ClauseEvidence? clauses = null)
    {
        crosswalk ??= Crosswalk.BuiltIn;
        var ownership = (owners ?? []).ToList();
        // Threat catalogs map threats to the controls that treat them: a threat is not an audit request, so their sets are left out.
        var mappings = crosswalk.Sets.Where(s => !FrameworkIds.Threats.Contains(s.SourceFramework) && !FrameworkIds.Threats.Contains(s.TargetFramework))
            .SelectMany(s => s.Mappings).ToList();
        var equivalents = Equivalents(mappings);
        var iso = FrameworkCatalogs.Get(FrameworkIds.Iso42001);

        var groups = new List<CommonControl>();
        foreach (var anchor in iso.Items)
        {
            var entry = soa?.Find(anchor.Id);
            if (entry is { IsApplicable: false })
            {
                continue;
            }

            var requests = new Dictionary<(string, string), CommonControlMember>();
            foreach (var m in mappings)
            {
                var anchorIsSource = (m.SourceFramework, m.SourceId) == (FrameworkIds.Iso42001, anchor.Id);
                var anchorIsTarget = (m.TargetFramework, m.TargetId) == (FrameworkIds.Iso42001, anchor.Id);
                if (anchorIsSource == anchorIsTarget || Reuse(m, anchorIsSource) is not { } reuse)
                {
                    continue;
                }

                var other = anchorIsSource ? (m.TargetFramework, m.TargetId) : (m.SourceFramework, m.SourceId);
                foreach (var (key, chain) in Reachable(other, equivalents))
                {
                    if (key.Framework != FrameworkIds.Iso42001 && Item(key) is { } item)
                    {
                        var candidate = new CommonControlMember(item, reuse, [m, .. chain]);
                        if (!requests.TryGetValue(key, out var known) || Better(candidate, known))
                        {
                            requests[key] = candidate;
                        }
                    }
                }
            }

            if (requests.Count == 0)
            {
                continue;
            }

            ImmutableArray<CommonControlMember> ordered = [.. requests.Values.OrderBy(r => r.Reuse).ThenBy(r => r.Item.FrameworkId, StringComparer.Ordinal)
                .ThenBy(r => FrameworkCatalogs.Get(r.Item.FrameworkId).Items.IndexOf(r.Item))];
            var basis = clauses is not null && !anchor.IsControl && clauses.TryGetBasis(anchor.Id, out var b) ? b : null;
            groups.Add(new CommonControl(anchor, ordered, entry?.Owner, [.. ownership.Where(o => o.ControlId == anchor.Id)], entry?.Evidence ?? [], basis));
        }

        return [.. groups.OrderByDescending(g => g.AuditRequestsSaved).ThenByDescending(g => g.AuditRequests.Length).ThenBy(g => iso.Items.IndexOf(g.Anchor))];
    }

    /// <summary>The rule of the remarks, with the relationship read from the anchor's side.</summary>
    private static EvidenceReuse? Reuse(ControlMapping m, bool anchorIsSource)
    {
        var fromAnchor = (m.Relationship, anchorIsSource) switch
        {
            (Relationship.SubsetOf, false) => Relationship.SupersetOf,
            (Relationship.SupersetOf, false) => Relationship.SubsetOf,
            _ => m.Relationship,
        };
        return fromAnchor switch
        {
            Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SupersetOf => EvidenceReuse.Full,
            Relationship.SubsetOf => EvidenceReuse.Partial,
            Relationship.IntersectsWith when m.Confidence == MappingConfidence.High => EvidenceReuse.Partial,
            _ => null,
        };
    }

    private static bool Better(CommonControlMember candidate, CommonControlMember known) =>
        candidate.Reuse < known.Reuse || (candidate.Reuse == known.Reuse && candidate.Basis.Length < known.Basis.Length);

    /// <summary>The equal/equivalent links of every item, both directions.</summary>
    private static Dictionary<(string Framework, string Id), List<((string Framework, string Id) Other, ControlMapping Mapping)>> Equivalents(List<ControlMapping> mappings)
    {
        var links = new Dictionary<(string, string), List<((string, string), ControlMapping)>>();
        foreach (var m in mappings.Where(m => m.Relationship is Relationship.EqualTo or Relationship.EquivalentTo))
        {
            var (a, b) = ((m.SourceFramework, m.SourceId), (m.TargetFramework, m.TargetId));
            (links.TryGetValue(a, out var la) ? la : links[a] = []).Add((b, m));
            (links.TryGetValue(b, out var lb) ? lb : links[b] = []).Add((a, m));
        }

        return links;
    }

    /// <summary>The item and every item equivalent to it through a chain, each with the chain (breadth first: shortest).</summary>
    private static List<((string Framework, string Id) Key, ImmutableArray<ControlMapping> Chain)> Reachable(
        (string Framework, string Id) start, Dictionary<(string Framework, string Id), List<((string Framework, string Id) Other, ControlMapping Mapping)>> equivalents)
    {
        var found = new List<((string, string), ImmutableArray<ControlMapping>)> { (start, []) };
        var seen = new HashSet<(string, string)> { start };
        for (var i = 0; i < found.Count; i++)
        {
            var (key, chain) = found[i];
            foreach (var (other, mapping) in equivalents.GetValueOrDefault(key) ?? [])
            {
                if (seen.Add(other))
                {
                    found.Add((other, chain.Add(mapping)));
                }
            }
        }

        return found;
    }

    private static FrameworkItem? Item((string Framework, string Id) key) =>
        FrameworkCatalogs.TryGet(key.Framework, out var c) && c.TryGetItem(key.Id, out var i) ? i : null;
}
