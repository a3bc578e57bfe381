using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>Coverage of a target framework by the ISO/IEC 42001 AIMS: per item, gaps and a summary.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CoverageReport
{
    internal CoverageReport(string targetFramework, ImmutableArray<ItemCoverage> items, ClauseEvidence clauses)
    {
        TargetFramework = targetFramework;
        Clauses = clauses;
        Items = items;
        Gaps = ImmutableArray.CreateRange(items.Where(i => i.Status == CoverageStatus.NotCovered));
    }

    /// <summary>Gets the target framework id.</summary>
    public string TargetFramework { get; }

    /// <summary>Gets the clause evidence the analysis used: which clauses 4–10 counted, from records or from statements.</summary>
    public ClauseEvidence Clauses { get; }

    /// <summary>Gets one entry per measured item of the target framework (its leaves, or the items asked for), in document order.</summary>
    public ImmutableArray<ItemCoverage> Items { get; }

    /// <summary>Gets the items not covered, in document order.</summary>
    public IReadOnlyList<ItemCoverage> Gaps { get; }

    /// <summary>Returns how many items have a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(CoverageStatus status) => Items.Count(i => i.Status == status);

    /// <summary>Returns the share of items with a status, in percent (0 to 100, one decimal).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The percentage; 0 for an empty framework.</returns>
    public double Percent(CoverageStatus status) => Items.IsEmpty ? 0 : Math.Round(100.0 * Count(status) / Items.Length, 1);
}
