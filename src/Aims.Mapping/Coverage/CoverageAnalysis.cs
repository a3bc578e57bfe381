using System.Collections.Frozen;
using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// Coverage and gap analysis: which items of another framework the ISO/IEC 42001 AIMS covers, partly covers or leaves
/// open, each explained by its mappings and the evidence behind them. Nothing counts without evidence: an Annex A
/// control counts when the SoA marks it implemented <em>and</em> lists evidence, a clause (4–10) when
/// <see cref="ClauseEvidence"/> gives it a basis. An empty SoA with no clause evidence covers nothing.
/// </summary>
/// <remarks>
/// <para><b>Covered</b>: a mapping says the item is contained in a 42001 item (equal, equivalent, or the item is a
/// subset of it) and that 42001 item is implemented with evidence.</para>
/// <para><b>Partially covered</b>: a containing 42001 item is implemented without evidence or still being
/// implemented, or an overlapping 42001 item (intersects, superset) is implemented with evidence.</para>
/// <para><b>Not applicable</b>: every mapped 42001 control is excluded in the SoA. <b>Not covered</b>: anything else.</para>
/// </remarks>
public static class CoverageAnalysis
{
    /// <summary>Penalty articles: consequences, not obligations an AIMS can cover.</summary>
    private static readonly FrozenSet<string> Penalties = new[] { "Art.99", "Art.100", "Art.101" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Analyses the coverage of a target framework by a workspace: its SoA (none counts as empty), the clause evidence
    /// of its own records (<see cref="ClauseEvidence.FromWorkspace"/>), and for the EU AI Act only the obligations that
    /// apply to its systems' operator roles and risk categories (no definitions, dates or penalties).
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="targetFramework">The framework to cover, for example <c>iso27001</c>.</param>
    /// <param name="crosswalk">The mappings to use; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="clauses">The clause evidence; <see cref="ClauseEvidence.FromWorkspace"/> of the workspace when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="targetFramework"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="targetFramework"/> is not a built-in framework.</exception>
    public static CoverageReport Analyze(AimsWorkspace workspace, string targetFramework, Crosswalk? crosswalk = null, ClauseEvidence? clauses = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(targetFramework);
        var soa = workspace.Soa ?? new StatementOfApplicability(new DocumentRevision("0"), []);
        var scope = targetFramework == FrameworkIds.EuAiAct ? ApplicableObligations(workspace) : null;
        return Analyze(soa, targetFramework, crosswalk, clauses ?? ClauseEvidence.FromWorkspace(workspace), scope);
    }

    /// <summary>Analyses the coverage of a target framework's items by a Statement of Applicability and clause evidence.</summary>
    /// <param name="soa">The Statement of Applicability: implemented (with evidence), in-progress and excluded Annex A controls.</param>
    /// <param name="targetFramework">The framework to cover, for example <c>iso27001</c>.</param>
    /// <param name="crosswalk">The mappings to use; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="clauses">Which clauses 4–10 count as operating; <see cref="ClauseEvidence.None"/> when <see langword="null"/>.</param>
    /// <param name="itemIds">
    /// The target items to measure, for example the EU AI Act obligations that apply; the framework's leaf items when
    /// <see langword="null"/>. Unknown ids are ignored.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="soa"/> or <paramref name="targetFramework"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="targetFramework"/> is not a built-in framework.</exception>
    public static CoverageReport Analyze(
        StatementOfApplicability soa, string targetFramework, Crosswalk? crosswalk = null, ClauseEvidence? clauses = null, IEnumerable<string>? itemIds = null)
    {
        ArgumentNullException.ThrowIfNull(soa);
        var catalog = FrameworkCatalogs.Get(targetFramework);
        crosswalk ??= Crosswalk.BuiltIn;
        clauses ??= ClauseEvidence.None;
        var entries = soa.Entries.GroupBy(e => e.ControlId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        State StateOf(string id)
        {
            if (!Iso42001.Catalog.IsControl(id))
            {
                return clauses.TryGetBasis(id, out var basis)
                    ? new State(id, true, true, false, false, basis.Source == ClauseBasisSource.CallerStatement ? $"stated: {basis.Description}" : basis.Description)
                    : new State(id, false, false, false, false, "no record shows it operating");
            }

            if (!entries.TryGetValue(id, out var e))
            {
                return new State(id, false, false, false, false, "not in the SoA");
            }

            var evidence = e.Evidence.Length;
            return new State(id, e.IsImplemented, e.IsImplemented && evidence > 0,
                e.IsApplicable && e.Status is ImplementationStatus.InProgress or ImplementationStatus.Planned, !e.IsApplicable,
                e.IsImplemented ? (evidence > 0 ? $"implemented, {evidence} evidence reference(s)" : "implemented, no evidence recorded") : $"{Vocabulary.Word(e.Status)}");
        }

        var wanted = itemIds?.ToHashSet(StringComparer.Ordinal);
        var items = wanted is null
            ? catalog.Leaves()
            : [.. catalog.Items.Where(i => wanted!.Contains(i.Id))];
        var results = items.Select(item =>
        {
            var mappings = crosswalk.Related(catalog.FrameworkId, item.Id, FrameworkIds.Iso42001).ToImmutableArray();
            if (mappings.IsEmpty)
            {
                return new ItemCoverage(item, CoverageStatus.NotCovered, "No mapping to ISO/IEC 42001.", mappings);
            }

            static bool Contains(Relationship r) => r is Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SubsetOf;
            static bool Overlaps(Relationship r) => r is Relationship.IntersectsWith or Relationship.SupersetOf;
            var states = mappings.Select(m => (m.Mapping, State: StateOf(m.Mapping.TargetId))).ToList();
            string Word(ControlMapping m) => Vocabulary.Word(m.Relationship);

            var full = states.FirstOrDefault(x => x.State.Evidenced && Contains(x.Mapping.Relationship));
            if (full.Mapping is not null)
            {
                return new ItemCoverage(item, CoverageStatus.Covered, $"{Word(full.Mapping)} {full.State.Id} ({full.State.Detail}).", mappings);
            }

            var partial = states.FirstOrDefault(x => Contains(x.Mapping.Relationship) && (x.State.Implemented || x.State.InProgress))
                is { Mapping: not null } containing ? containing
                : states.FirstOrDefault(x => x.State.Evidenced && Overlaps(x.Mapping.Relationship));
            if (partial.Mapping is not null)
            {
                return new ItemCoverage(item, CoverageStatus.PartiallyCovered, $"{Word(partial.Mapping)} {partial.State.Id} ({partial.State.Detail}).", mappings);
            }

            var targets = string.Join(", ", states.Select(x => $"{x.State.Id} ({x.State.Detail})").Distinct(StringComparer.Ordinal));
            return states.All(x => x.State.Excluded)
                ? new ItemCoverage(item, CoverageStatus.NotApplicable, $"Every mapped control is excluded: {targets}.", mappings)
                : new ItemCoverage(item, CoverageStatus.NotCovered, $"Mapped to {targets}; none counts.", mappings);
        });

        return new CoverageReport(catalog.FrameworkId, [.. results], clauses);
    }

    /// <summary>
    /// The EU AI Act obligations of the workspace's systems (derived from each system's facts by <see cref="AiActProfile.For"/>),
    /// without penalties and without those that apply only if an unrecorded fact holds (<see cref="AiActObligation.IsConditional"/>).
    /// </summary>
    private static List<string> ApplicableObligations(AimsWorkspace workspace) =>
    [
        .. workspace.Systems
            .Where(s => s.EuAiActCategory != EuAiActRiskCategory.NotAssessed)
            .Select(s => AiActProfile.For(s))
            .OfType<AiActProfile>()
            .SelectMany(p => EuAiActObligations.For(p))
            .Where(o => !o.IsConditional)
            .Select(o => o.ArticleId)
            .Where(id => !Penalties.Contains(id))
            .Distinct(StringComparer.Ordinal),
    ];

    private readonly record struct State(string Id, bool Implemented, bool Evidenced, bool InProgress, bool Excluded, string Detail);
}
