using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// Coverage and gap analysis: which items of another framework the implemented ISO/IEC 42001 AIMS (its Statement of
/// Applicability) covers, partly covers or leaves open, each explained by its mappings.
/// </summary>
public static class CoverageAnalysis
{
    /// <summary>Analyses the coverage of a target framework's leaf items (controls, subcategories, articles …).</summary>
    /// <param name="soa">The Statement of Applicability: implemented, in-progress and excluded Annex A controls.</param>
    /// <param name="targetFramework">The framework to cover, for example <c>iso27001</c>.</param>
    /// <param name="crosswalk">The mappings to use; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="clausesImplemented">Whether the management-system clauses 4–10 count as implemented (true for an operating, certifiable AIMS).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="soa"/> or <paramref name="targetFramework"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="targetFramework"/> is not a built-in framework.</exception>
    public static CoverageReport Analyze(
        StatementOfApplicability soa, string targetFramework, Crosswalk? crosswalk = null, bool clausesImplemented = true)
    {
        ArgumentNullException.ThrowIfNull(soa);
        var catalog = FrameworkCatalogs.Get(targetFramework);
        crosswalk ??= Crosswalk.BuiltIn;
        var entries = soa.Entries.GroupBy(e => e.ControlId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // State of a 42001 item: implemented, in progress, excluded or open.
        (bool Implemented, bool InProgress, bool Excluded) State(string id)
        {
            if (!Iso42001.Catalog.IsControl(id))
            {
                return (clausesImplemented, false, false);
            }

            return entries.TryGetValue(id, out var e)
                ? (e.IsImplemented, e.IsApplicable && e.Status is ImplementationStatus.InProgress or ImplementationStatus.Planned, !e.IsApplicable)
                : (false, false, false);
        }

        var items = catalog.Leaves().Select(item =>
        {
            var mappings = crosswalk.Related(catalog.FrameworkId, item.Id, FrameworkIds.Iso42001).ToImmutableArray();
            if (mappings.IsEmpty)
            {
                return new ItemCoverage(item, CoverageStatus.NotCovered, "No mapping to ISO/IEC 42001.", mappings);
            }

            static bool Contains(Relationship r) => r is Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SubsetOf;
            var states = mappings.Select(m => (m, s: State(m.Mapping.TargetId))).ToList();
            var full = states.FirstOrDefault(x => x.s.Implemented && Contains(x.m.Mapping.Relationship));
            if (full.m is not null)
            {
                return new ItemCoverage(item, CoverageStatus.Covered,
                    $"Covered by implemented {full.m.Mapping.TargetId} ({Vocabulary.Word(full.m.Mapping.Relationship)}).", mappings);
            }

            var partial = states.FirstOrDefault(x => x.s.Implemented || (x.s.InProgress && Contains(x.m.Mapping.Relationship)));
            if (partial.m is not null)
            {
                return new ItemCoverage(item, CoverageStatus.PartiallyCovered, partial.s.Implemented
                    ? $"Overlaps implemented {partial.m.Mapping.TargetId} ({Vocabulary.Word(partial.m.Mapping.Relationship)})."
                    : $"{partial.m.Mapping.TargetId} would cover it but is still being implemented.", mappings);
            }

            return states.All(x => x.s.Excluded)
                ? new ItemCoverage(item, CoverageStatus.NotApplicable, $"Every mapped control is excluded ({string.Join(", ", states.Select(x => x.m.Mapping.TargetId).Distinct())}).", mappings)
                : new ItemCoverage(item, CoverageStatus.NotCovered, $"Mapped to {string.Join(", ", states.Select(x => x.m.Mapping.TargetId).Distinct())}, none implemented.", mappings);
        });

        return new CoverageReport(catalog.FrameworkId, [.. items]);
    }
}
