using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// Reconciles discovered AI assets (a cloud inventory export, proxy logs, a SaaS scan) with the AI system inventory
/// of a workspace: known systems get their last-seen date, unknown assets become shadow-AI candidates for a person to
/// triage, and nothing is merged silently. <see cref="Reconcile"/> only reports; <see cref="Apply"/> is the separate,
/// explicit step that returns a changed workspace.
/// </summary>
/// <remarks>
/// <para>Each asset is tried against the inventory by three rules, in this order; the first rule that finds any
/// system decides and later rules are not tried:</para>
/// <list type="number">
/// <item><description><see cref="DiscoveryMatchRule.ExternalId"/>: the asset's external id is a system's id or one of
/// its <see cref="AiSystem.DiscoveryAliases"/>, ignoring case.</description></item>
/// <item><description><see cref="DiscoveryMatchRule.Endpoint"/>: the host of the asset's endpoint is the host of one
/// of a system's <see cref="AiSystem.Endpoints"/> (<see cref="DiscoveredAiAsset.HostOf"/>: scheme, port, path and
/// case ignored).</description></item>
/// <item><description><see cref="DiscoveryMatchRule.ProviderAndModel"/>: the asset has both a provider and a model
/// id, and they are the supplier and name of one of a system's third-party components, or the provider and base
/// model of its model lineage, ignoring case.</description></item>
/// </list>
/// <para>One system found: <see cref="DiscoveryOutcomeKind.Matched"/>. Several: <see cref="DiscoveryOutcomeKind.Ambiguous"/>,
/// all of them listed and none changed; a person adds an alias to the right system. None:
/// <see cref="DiscoveryOutcomeKind.Candidate"/>. A name alone never matches: an unmatched asset named like a system is a
/// candidate with a <see cref="DiscoveryConflictKind.SameNameAsSystem"/> finding. An asset last seen after
/// <see cref="DiscoveryReconciliationOptions.AsOf"/> is <see cref="DiscoveryOutcomeKind.Rejected"/>. Every asset gets
/// exactly one outcome, in input order, so none is lost.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class DiscoveryReconciliation
{
    private DiscoveryReconciliation(AimsWorkspace workspace, ImmutableArray<DiscoveryOutcome> outcomes, ImmutableArray<DiscoveryConflict> conflicts)
    {
        Workspace = workspace;
        Outcomes = outcomes;
        Conflicts = conflicts;
    }

    /// <summary>Gets the workspace the assets were reconciled with.</summary>
    public AimsWorkspace Workspace { get; }

    /// <summary>Gets one outcome per asset, in input order.</summary>
    public ImmutableArray<DiscoveryOutcome> Outcomes { get; }

    /// <summary>Gets the findings a person should look at (a retired system seen, a candidate named like a system, a registered candidate no rule ties to its system), in input order.</summary>
    public ImmutableArray<DiscoveryConflict> Conflicts { get; }

    /// <summary>Gets the assets that matched one AI system.</summary>
    public IReadOnlyList<DiscoveryOutcome> Matched => Of(DiscoveryOutcomeKind.Matched);

    /// <summary>Gets the assets that matched no AI system: the shadow-AI candidates.</summary>
    public IReadOnlyList<DiscoveryOutcome> Candidates => Of(DiscoveryOutcomeKind.Candidate);

    /// <summary>Gets the assets whose deciding rule found several AI systems.</summary>
    public IReadOnlyList<DiscoveryOutcome> Ambiguous => Of(DiscoveryOutcomeKind.Ambiguous);

    /// <summary>Gets the assets that could not be reconciled.</summary>
    public IReadOnlyList<DiscoveryOutcome> Rejected => Of(DiscoveryOutcomeKind.Rejected);

    /// <summary>Reconciles discovered assets with the AI system inventory of a workspace; changes nothing.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="assets">The discovered assets.</param>
    /// <param name="options">The options; <see cref="DiscoveryReconciliationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One outcome per asset and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="assets"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="assets"/> holds <see langword="null"/>.</exception>
    public static DiscoveryReconciliation Reconcile(AimsWorkspace workspace, IEnumerable<DiscoveredAiAsset> assets, DiscoveryReconciliationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(assets);
        var list = Guard.List(assets, nameof(assets));
        options ??= DiscoveryReconciliationOptions.Default;
        var outcomes = ImmutableArray.CreateBuilder<DiscoveryOutcome>(list.Length);
        var conflicts = ImmutableArray.CreateBuilder<DiscoveryConflict>();
        for (var i = 0; i < list.Length; i++)
        {
            var asset = list[i];
            var outcome = new DiscoveryOutcome(i, asset, DiscoveryOutcomeKind.Rejected);
            if (options.AsOf is { } asOf && asset.LastSeen > asOf)
            {
                outcomes.Add(outcome.WithReason($"Last seen on {asset.LastSeen:yyyy-MM-dd}, after the reconciliation date {asOf:yyyy-MM-dd}."));
                continue;
            }

            var (rule, systems) = FindSystems(workspace, asset, options);
            if (systems.Count == 1)
            {
                var system = systems[0];
                outcomes.Add(new DiscoveryOutcome(i, asset, DiscoveryOutcomeKind.Matched).WithMatch(rule!.Value, [system.Id], system.LastSeen));
                if (system.LifecycleStage == LifecycleStage.Retirement)
                {
                    conflicts.Add(new DiscoveryConflict(i, DiscoveryConflictKind.RetiredSystemSeen, system.Id,
                        $"{system.Id} is retired but {asset} was seen on {asset.LastSeen:yyyy-MM-dd}."));
                }

                continue;
            }

            if (systems.Count > 1)
            {
                ImmutableArray<string> ids = [.. systems.Select(s => s.Id)];
                outcomes.Add(new DiscoveryOutcome(i, asset, DiscoveryOutcomeKind.Ambiguous).WithMatch(rule!.Value, ids, null)
                    .WithReason($"Rule {Vocabulary.Word(rule.Value)} finds {ids.Length} systems ({string.Join(", ", ids)}); add the external id to the right one's discovery aliases."));
                continue;
            }

            var known = workspace.ShadowAiCandidates.FirstOrDefault(c => c.Asset.IsSameAssetAs(asset));
            outcomes.Add(new DiscoveryOutcome(i, asset, DiscoveryOutcomeKind.Candidate).WithKnownCandidate(known?.Status));
            if (known is { Status: ShadowAiCandidateStatus.Registered })
            {
                conflicts.Add(new DiscoveryConflict(i, DiscoveryConflictKind.RegisteredCandidateUnmatched, known.SystemId,
                    $"{asset} was registered as {known.SystemId}, but no rule ties it to that system; add '{asset.ExternalId}' to its discovery aliases."));
            }

            SameName(workspace, asset, i, conflicts);
        }

        return new DiscoveryReconciliation(workspace, outcomes.MoveToImmutable(), conflicts.ToImmutable());
    }

    /// <summary>
    /// Returns the workspace with the reconciliation applied: each matched system's <see cref="AiSystem.LastSeen"/>
    /// becomes the latest sighting (never earlier than it was), and each candidate is recorded in
    /// <see cref="AimsWorkspace.ShadowAiCandidates"/>, as a new <see cref="ShadowAiCandidateStatus.New"/> entry or merged
    /// into the entry of the same asset (<see cref="ShadowAiCandidate.WithSighting"/>, its triage kept). Ambiguous and
    /// rejected assets change nothing, and no AI system is ever added. Applying the same assets again changes nothing more.
    /// </summary>
    /// <returns>The changed workspace (the same instance when nothing changes).</returns>
    public AimsWorkspace Apply()
    {
        var lastSeen = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var m in Matched)
        {
            var id = m.SystemIds[0];
            if (!lastSeen.TryGetValue(id, out var seen) || m.Asset.LastSeen > seen)
            {
                lastSeen[id] = m.Asset.LastSeen;
            }
        }

        var systemsChanged = false;
        var systems = Workspace.Systems.Select(s =>
        {
            if (lastSeen.TryGetValue(s.Id, out var seen) && (s.LastSeen is not { } before || seen > before))
            {
                systemsChanged = true;
                return s.WithLastSeen(seen);
            }

            return s;
        }).ToList();

        var candidates = Workspace.ShadowAiCandidates.ToList();
        foreach (var c in Candidates)
        {
            var at = candidates.FindIndex(k => k.Asset.IsSameAssetAs(c.Asset));
            if (at < 0)
            {
                candidates.Add(new ShadowAiCandidate(c.Asset));
            }
            else
            {
                candidates[at] = candidates[at].WithSighting(c.Asset);
            }
        }

        var candidatesChanged = !candidates.SequenceEqual(Workspace.ShadowAiCandidates);
        return !systemsChanged && !candidatesChanged ? Workspace
            : Workspace.WithSystems(systemsChanged ? systems : Workspace.Systems).WithShadowAiCandidates(candidates);
    }

    private List<DiscoveryOutcome> Of(DiscoveryOutcomeKind kind) => [.. Outcomes.Where(o => o.Kind == kind)];

    private static (DiscoveryMatchRule? Rule, List<AiSystem> Systems) FindSystems(AimsWorkspace workspace, DiscoveredAiAsset asset, DiscoveryReconciliationOptions options)
    {
        var byId = workspace.Systems.Where(s => string.Equals(s.Id, asset.ExternalId, StringComparison.OrdinalIgnoreCase)
            || s.DiscoveryAliases.Any(a => string.Equals(a, asset.ExternalId, StringComparison.OrdinalIgnoreCase))).ToList();
        if (byId.Count > 0)
        {
            return (DiscoveryMatchRule.ExternalId, byId);
        }

        if (options.MatchByEndpoint && asset.EndpointHost is { Length: > 0 } host)
        {
            var byHost = workspace.Systems.Where(s => s.Endpoints.Any(e => string.Equals(DiscoveredAiAsset.HostOf(e), host, StringComparison.Ordinal))).ToList();
            if (byHost.Count > 0)
            {
                return (DiscoveryMatchRule.Endpoint, byHost);
            }
        }

        if (options.MatchByProviderAndModel && asset.Provider is { } provider && asset.ModelId is { } model)
        {
            var byModel = workspace.Systems.Where(s =>
                s.Components.Any(c => Same(c.Supplier, provider) && Same(c.Name, model))
                || (s.Lineage is { } l && Same(l.Provider, provider) && Same(l.BaseModel, model))).ToList();
            if (byModel.Count > 0)
            {
                return (DiscoveryMatchRule.ProviderAndModel, byModel);
            }
        }

        return (null, []);
    }

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static void SameName(AimsWorkspace workspace, DiscoveredAiAsset asset, int index, ImmutableArray<DiscoveryConflict>.Builder conflicts)
    {
        foreach (var s in workspace.Systems.Where(s => Same(s.Name, asset.Name)))
        {
            conflicts.Add(new DiscoveryConflict(index, DiscoveryConflictKind.SameNameAsSystem, s.Id,
                $"{asset} is named like {s.Id} but no rule ties them (names alone never match); if it is that system, add '{asset.ExternalId}' to its discovery aliases."));
        }
    }
}
