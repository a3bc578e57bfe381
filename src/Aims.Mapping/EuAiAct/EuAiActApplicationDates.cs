using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Mapping;

/// <summary>
/// The EU AI Act's application dates as data with their sources, not as constants in code: the dates of the original
/// Art. 113, and — as separate, unverified rows — the postponements reported for the Digital Omnibus on AI
/// (Regulation (EU) 2026/1744), which we could not check against the Official Journal.
/// </summary>
public static class EuAiActApplicationDates
{
    private static readonly Lazy<ImmutableArray<ApplicationDate>> Dates = new(() =>
        [.. FrameworkCatalogs.Rows("eu-ai-act-dates").Select(r => new ApplicationDate(
            r["provision"], r["description"], DateOnly.ParseExact(r["applies_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture), r["source"],
            string.IsNullOrWhiteSpace(r["amended_by"]) ? null : r["amended_by"], r["verified"] == "yes"))]);

    /// <summary>Gets every row: the original dates first, then the reported amendments.</summary>
    public static ImmutableArray<ApplicationDate> All => Dates.Value;

    private static readonly Lazy<IReadOnlyList<ApplicationDate>> OriginalDates = new(() => ImmutableArray.CreateRange(All.Where(d => d.AmendedBy is null)));

    private static readonly Lazy<IReadOnlyList<ApplicationDate>> AmendmentDates = new(() => ImmutableArray.CreateRange(All.Where(d => d.AmendedBy is not null)));

    /// <summary>Gets the dates of the original Regulation, verified against its text.</summary>
    public static IReadOnlyList<ApplicationDate> Original => OriginalDates.Value;

    /// <summary>Gets the reported amendments, each naming the amending act.</summary>
    public static IReadOnlyList<ApplicationDate> Amendments => AmendmentDates.Value;
}
