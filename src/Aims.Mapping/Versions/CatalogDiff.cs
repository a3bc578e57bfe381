using System.Collections.Immutable;
using System.Globalization;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// What changed between two versions of one framework — items added, removed, renumbered, retitled or reworded, and
/// parts of the application timeline whose dates moved — and what that means for a workspace
/// (<see cref="ImpactOn"/>): the obligations, SoA entries, evidence, risks, nonconformities and built-in mappings a
/// compliance manager has to review.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CatalogDiff
{
    private CatalogDiff(FrameworkVersion from, FrameworkVersion to, ImmutableArray<CatalogChange> changes) => (From, To, Changes) = (from, to, changes);

    /// <summary>Gets the earlier version.</summary>
    public FrameworkVersion From { get; }

    /// <summary>Gets the later version.</summary>
    public FrameworkVersion To { get; }

    /// <summary>Gets the changes: item changes in the earlier version's order, then added items, then timeline changes by scope.</summary>
    public ImmutableArray<CatalogChange> Changes { get; }

    /// <summary>Compares two versions of one framework.</summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The later version; its <see cref="FrameworkVersion.Renumbering"/> says which old ids became which new ones.</param>
    /// <returns>The diff.</returns>
    /// <exception cref="ArgumentNullException">A version is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The versions belong to different frameworks.</exception>
    public static CatalogDiff Compare(FrameworkVersion from, FrameworkVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.FrameworkId != to.FrameworkId)
        {
            throw new ArgumentException($"Both versions must be of one framework: {from.Key} and {to.Key} are not.", nameof(to));
        }

        var changes = new List<CatalogChange>();
        var oldItems = from.Catalog.Items;
        var newItems = to.Catalog.Items;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<FrameworkItem>();
        foreach (var old in oldItems)
        {
            if (to.Renumbering.TryGetValue(old.Id, out var newId) && newId != old.Id && to.Catalog.TryGetItem(newId, out var renamed))
            {
                matched.Add(newId);
                changes.Add(Renumbered(old, renamed, "renumbering table"));
            }
            else if (to.Catalog.TryGetItem(old.Id, out var same))
            {
                matched.Add(old.Id);
                if (!string.Equals(old.Title, same.Title, StringComparison.Ordinal))
                {
                    changes.Add(new CatalogChange(CatalogChangeKind.Retitled, old.Id, $"{old.Id} is now titled \"{same.Title}\" (was \"{old.Title}\").")
                    { OldTitle = old.Title, NewTitle = same.Title });
                }
                else if (old.Text is not null && same.Text is not null && !string.Equals(old.Text, same.Text, StringComparison.Ordinal))
                {
                    changes.Add(new CatalogChange(CatalogChangeKind.Reworded, old.Id, $"The text of {old.Id} \"{old.Title}\" changed.") { OldTitle = old.Title, NewTitle = same.Title });
                }
            }
            else
            {
                removed.Add(old);
            }
        }

        // An item that vanished while an item of the same kind and title appeared was renumbered: inferred, and said so.
        var added = newItems.Where(i => !matched.Contains(i.Id) && !from.Catalog.Contains(i.Id)).ToList();
        foreach (var old in removed)
        {
            var candidates = added.Where(a => a.Kind == old.Kind && string.Equals(Normalize(a.Title), Normalize(old.Title), StringComparison.Ordinal)).ToList();
            if (candidates.Count == 1 && removed.Count(r => r.Kind == old.Kind && Normalize(r.Title) == Normalize(old.Title)) == 1)
            {
                added.Remove(candidates[0]);
                changes.Add(Renumbered(old, candidates[0], "same title"));
            }
            else
            {
                changes.Add(new CatalogChange(CatalogChangeKind.Removed, old.Id, $"{old.Id} \"{old.Title}\" is not in {to.Key}.") { OldTitle = old.Title });
            }
        }

        changes.Sort((a, b) => IndexOf(oldItems, a.ItemId).CompareTo(IndexOf(oldItems, b.ItemId)));
        changes.AddRange(added.Select(a => new CatalogChange(CatalogChangeKind.Added, a.Id, $"{a.Id} \"{a.Title}\" is new in {to.Key}.") { NewTitle = a.Title }));
        changes.AddRange(DateChanges(from, to));
        return new CatalogDiff(from, to, [.. changes]);
    }

    /// <summary>
    /// Lists the records of a workspace that the changes touch, each with its path and what to do:
    /// <list type="bullet">
    /// <item>for the EU AI Act, each system's obligations (by its recorded facts) whose application date moved or whose article changed, at <c>/systems/{i}</c>;</item>
    /// <item>the AIMS scope's obligations that cite the framework (by <see cref="FrameworkVersion.Citations"/>), at <c>/scope/obligations/{k}</c>;</item>
    /// <item>SoA entries whose control changed (ISO/IEC 42001), that a built-in mapping links to a changed or re-dated item, or that answer an affected scope obligation;</item>
    /// <item>evidence filed on an entry whose item was removed, renumbered or reworded;</item>
    /// <item>risks whose treatment relies on an affected SoA control or whose threats cite a changed item, and nonconformities raised against a changed ISO/IEC 42001 requirement;</item>
    /// <item>rows of built-in mapping sets that name an item removed or renumbered (path <c>/mappings/{n}</c> of the set).</item>
    /// </list>
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The impacts, by kind and then in document order; empty when nothing changed or nothing depends on it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public ImmutableArray<WorkspaceImpact> ImpactOn(AimsWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (Changes.IsEmpty)
        {
            return [];
        }

        var impacts = new List<WorkspaceImpact>();
        var itemChanges = Changes.Where(c => !c.IsDateChange).ToDictionary(c => c.ItemId, StringComparer.Ordinal);
        var dateChanges = Changes.Where(c => c.IsDateChange).ToDictionary(c => c.ItemId, StringComparer.Ordinal);
        var framework = From.FrameworkId;

        // Articles that bind the workspace's systems and changed, or whose dates moved.
        var affectedArticles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (framework == FrameworkIds.EuAiAct)
        {
            for (var i = 0; i < workspace.Systems.Length; i++)
            {
                var system = workspace.Systems[i];
                if (AiActProfile.For(system) is not { } profile)
                {
                    continue;
                }

                var obligations = EuAiActObligations.For(profile);

                // One record per system and moved date, naming every article it moves; one per changed article.
                foreach (var group in obligations.Where(o => o.Application?.Scope is { } sc && dateChanges.ContainsKey(sc)).GroupBy(o => o.Application!.Scope!))
                {
                    var moved = dateChanges[group.Key];
                    var articles = group.Select(o => o.ArticleId).ToList();
                    impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Obligation, Pointer("systems", i), system.Id, [.. articles, group.Key],
                        $"{(articles.Count == 1 ? $"{articles[0]} ({group.First().Title})" : $"{articles.Count} obligations ({Join(articles)})")} of {system.Id} {DateSentence(moved, articles.Count > 1)}: re-plan the work and deadlines that depend on {(articles.Count == 1 ? "it" : "them")}."));
                    foreach (var a in articles)
                    {
                        Add(affectedArticles, a, system.Id);
                    }
                }

                foreach (var o in obligations.Where(o => itemChanges.ContainsKey(o.ArticleId)))
                {
                    var changed = itemChanges[o.ArticleId];
                    impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Obligation, Pointer("systems", i), system.Id, [o.ArticleId],
                        $"{o.ArticleId} ({o.Title}) of {system.Id} changed: {changed.Description} Review what you do to meet it."));
                    Add(affectedArticles, o.ArticleId, system.Id);
                }
            }
        }

        foreach (var id in itemChanges.Keys)
        {
            Add(affectedArticles, id, null);
        }

        // The scope's own obligations that cite this framework.
        var citedObligations = new HashSet<string>(StringComparer.Ordinal);
        if (workspace.Scope is { } aimsScope)
        {
            var words = From.Citations.Concat(To.Citations).Append(framework).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            for (var k = 0; k < aimsScope.Obligations.Length; k++)
            {
                var ob = aimsScope.Obligations[k];
                if (words.Any(w => ob.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || (ob.Reference?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false)))
                {
                    citedObligations.Add(ob.Id);
                    impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Obligation, Pointer("scope", "obligations", k), ob.Id, Changes.Select(c => c.ItemId).Take(20),
                        $"The obligation cites {framework}, which changed from {From.Key} to {To.Key} ({Summary()}): update its reference and review the controls that answer it."));
                }
            }
        }

        // SoA entries: their own control changed, a mapping links them to an affected item, or they answer an affected obligation.
        var controlReasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (framework == FrameworkIds.Iso42001)
        {
            foreach (var id in itemChanges.Keys)
            {
                Add(controlReasons, id, id);
            }
        }
        else
        {
            foreach (var m in MappingsTo42001(framework))
            {
                if (affectedArticles.ContainsKey(m.Item))
                {
                    Add(controlReasons, m.Control, m.Item);
                }
            }
        }

        var affectedControls = new HashSet<string>(StringComparer.Ordinal);
        if (workspace.Soa is { } soa)
        {
            for (var k = 0; k < soa.Entries.Length; k++)
            {
                var e = soa.Entries[k];
                var items = controlReasons.GetValueOrDefault(e.ControlId) ?? [];
                var obligations = e.ObligationIds.Where(citedObligations.Contains).ToList();
                if (items.Count == 0 && obligations.Count == 0)
                {
                    continue;
                }

                affectedControls.Add(e.ControlId);
                var why = framework == FrameworkIds.Iso42001 && itemChanges.TryGetValue(e.ControlId, out var own)
                    ? $"{own.Description} Re-file the entry{(own.NewItemId is { } to ? $" under {to}" : "")} and review its justification."
                    : items.Count > 0
                        ? $"{e.ControlId} supports {Join(items)} of {framework}, which changed or whose date moved: review the entry's status, plan and target dates."
                        : $"{e.ControlId} answers {Join(obligations)}, which cites the changed {framework}: review the entry.";
                impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.SoaEntry, Pointer("soa", "entries", k), e.ControlId, [.. items, .. obligations], why));

                // Evidence shows conformance to an item as it was: an item removed, renumbered or reworded needs it re-filed or re-checked.
                if (framework == FrameworkIds.Iso42001 && itemChanges.TryGetValue(e.ControlId, out var change)
                    && change.Kind is CatalogChangeKind.Removed or CatalogChangeKind.Renumbered or CatalogChangeKind.Reworded)
                {
                    for (var x = 0; x < e.Evidence.Length; x++)
                    {
                        impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Evidence, Pointer("soa", "entries", k, "evidence", x), e.ControlId, [e.ControlId],
                            $"\"{e.Evidence[x].Title}\" was filed against {e.ControlId} as it was ({change.Kind}): check it still shows what the new version asks."));
                    }
                }
            }
        }

        // Risks: treatments relying on affected controls, threats citing changed items.
        for (var j = 0; j < workspace.Risks.Length; j++)
        {
            var r = workspace.Risks[j];
            var controls = r.Treatment?.ControlIds.Where(affectedControls.Contains).ToList() ?? [];
            var threats = r.Threats.Where(t => ThreatCatalogs.FrameworkIdOf(t.Taxonomy) == framework && itemChanges.ContainsKey(t.CatalogItemId)).Select(t => t.CatalogItemId).ToList();
            if (controls.Count > 0)
            {
                impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Risk, Pointer("risks", j), r.Id, controls,
                    $"The treatment relies on {Join(controls)}, whose SoA entries are affected: check the treatment still meets the changed requirements."));
            }

            if (threats.Count > 0)
            {
                impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Risk, Pointer("risks", j, "threats"), r.Id, threats,
                    $"The risk cites {Join(threats)}, which changed in {To.Key}: update the reference and the scenario if the threat's meaning moved."));
            }
        }

        if (framework == FrameworkIds.Iso42001)
        {
            for (var n = 0; n < workspace.Nonconformities.Length; n++)
            {
                var nc = workspace.Nonconformities[n];
                if (nc.RequirementId is { } req && itemChanges.TryGetValue(req, out var c))
                {
                    impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Nonconformity, Pointer("nonconformities", n, "requirementId"), nc.Id, [req],
                        $"Raised against {req}: {c.Description} Point it at the requirement of {To.Key}."));
                }
            }
        }

        // Built-in mapping rows naming an item that is gone or renumbered.
        foreach (var set in BuiltInMappingSets.All.Where(s => s.SourceFramework == framework || s.TargetFramework == framework))
        {
            for (var n = 0; n < set.Mappings.Length; n++)
            {
                var m = set.Mappings[n];
                var id = m.SourceFramework == framework ? m.SourceId : m.TargetId;
                if (itemChanges.TryGetValue(id, out var c) && c.Kind is CatalogChangeKind.Removed or CatalogChangeKind.Renumbered)
                {
                    impacts.Add(new WorkspaceImpact(WorkspaceImpactKind.Mapping, Pointer("mappings", n), set.Id, [id],
                        $"{m.SourceId} → {m.TargetId} names {id}, which is {(c.Kind == CatalogChangeKind.Removed ? "gone" : $"now {c.NewItemId}")}: re-map it."));
                }
            }
        }

        return [.. impacts.OrderBy(i => i.Kind)];
    }

    /// <summary>Counts the changes by kind, for example "3 dates moved, 1 added".</summary>
    /// <returns>The summary.</returns>
    public string Summary()
    {
        if (Changes.IsEmpty)
        {
            return "no changes";
        }

        return string.Join(", ", Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Word(g.Key)}")));
    }

    private static string Word(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.Added => "added",
        CatalogChangeKind.Removed => "removed",
        CatalogChangeKind.Renumbered => "renumbered",
        CatalogChangeKind.Retitled => "retitled",
        CatalogChangeKind.Reworded => "reworded",
        CatalogChangeKind.DateMoved => "dates moved",
        CatalogChangeKind.DateAdded => "dates added",
        _ => "dates removed",
    };

    private static IEnumerable<CatalogChange> DateChanges(FrameworkVersion from, FrameworkVersion to)
    {
        var oldRows = from.Schedule.ToDictionary(r => r.Scope!, StringComparer.Ordinal);
        var newRows = to.Schedule.ToDictionary(r => r.Scope!, StringComparer.Ordinal);
        foreach (var (scope, old) in oldRows.OrderBy(r => r.Value.AppliesFrom).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!newRows.TryGetValue(scope, out var now))
            {
                yield return new CatalogChange(CatalogChangeKind.DateRemoved, scope, string.Create(CultureInfo.InvariantCulture,
                    $"{old.Description}: the date {old.AppliesFrom:yyyy-MM-dd} is not in {to.Key}."))
                { OldTitle = old.Description, OldDate = old.AppliesFrom };
            }
            else if (now.AppliesFrom != old.AppliesFrom)
            {
                var change = new CatalogChange(CatalogChangeKind.DateMoved, scope, string.Create(CultureInfo.InvariantCulture,
                    $"{now.Description}: applies from {now.AppliesFrom:yyyy-MM-dd} (was {old.AppliesFrom:yyyy-MM-dd}){(now.AmendedBy is { } by ? $", {by}" : "")}, {now.Certainty.ToString().ToLowerInvariant()}."))
                { OldTitle = old.Description, NewTitle = now.Description, OldDate = old.AppliesFrom, NewDate = now.AppliesFrom, ChangedBy = now.AmendedBy, Certainty = now.Certainty };
                yield return change;
            }
        }

        foreach (var (scope, now) in newRows.Where(r => !oldRows.ContainsKey(r.Key)).OrderBy(r => r.Value.AppliesFrom).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            yield return new CatalogChange(CatalogChangeKind.DateAdded, scope, string.Create(CultureInfo.InvariantCulture,
                $"{now.Description}: applies from {now.AppliesFrom:yyyy-MM-dd}, new in {to.Key}{(now.AmendedBy is { } by ? $" ({by})" : "")}, {now.Certainty.ToString().ToLowerInvariant()}."))
            { NewTitle = now.Description, NewDate = now.AppliesFrom, ChangedBy = now.AmendedBy, Certainty = now.Certainty };
        }
    }

    private static string DateSentence(CatalogChange c, bool plural) => c.Kind switch
    {
        CatalogChangeKind.DateMoved => string.Create(CultureInfo.InvariantCulture, $"now {(plural ? "apply" : "applies")} from {c.NewDate:yyyy-MM-dd} (was {c.OldDate:yyyy-MM-dd}{(c.ChangedBy is { } by ? $"; {by}" : "")}, {c.Certainty.ToString()!.ToLowerInvariant()})"),
        CatalogChangeKind.DateAdded => string.Create(CultureInfo.InvariantCulture, $"{(plural ? "apply" : "applies")} from {c.NewDate:yyyy-MM-dd}, a date new in this version"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(plural ? "lost their" : "lost its")} application date (was {c.OldDate:yyyy-MM-dd})"),
    };

    private static IEnumerable<(string Item, string Control)> MappingsTo42001(string framework)
    {
        foreach (var set in BuiltInMappingSets.All)
        {
            foreach (var m in set.Mappings)
            {
                if (m.SourceFramework == framework && m.TargetFramework == FrameworkIds.Iso42001)
                {
                    yield return (m.SourceId, m.TargetId);
                }
                else if (m.TargetFramework == framework && m.SourceFramework == FrameworkIds.Iso42001)
                {
                    yield return (m.TargetId, m.SourceId);
                }
            }
        }
    }

    private static CatalogChange Renumbered(FrameworkItem old, FrameworkItem now, string basis) =>
        new(CatalogChangeKind.Renumbered, old.Id, $"{old.Id} \"{old.Title}\" is now {now.Id}{(old.Title == now.Title ? "" : $" \"{now.Title}\"")} ({basis}).")
        { NewItemId = now.Id, OldTitle = old.Title, NewTitle = now.Title, Basis = basis };

    private static string Normalize(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static int IndexOf(ImmutableArray<FrameworkItem> items, string id)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Id == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string? value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (value is not null && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static string Join(IEnumerable<string> ids) => string.Join(", ", ids);

    private static string Pointer(params object[] parts) => JsonPointer.Of(parts);
}
