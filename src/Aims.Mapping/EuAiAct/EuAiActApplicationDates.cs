using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Mapping;

/// <summary>
/// The EU AI Act's application dates as data with their sources and certainty, not as constants in code: the dates
/// of the original Art. 113 and the postponements of the Digital Omnibus on AI (Regulation (EU) 2026/1744, reported:
/// its Official Journal text was not read). The amended dates are the timeline in force; the original dates they
/// replaced stay as superseded rows.
/// </summary>
public static class EuAiActApplicationDates
{
    private static readonly Lazy<ImmutableArray<ApplicationDate>> Dates = new(() =>
        [.. FrameworkCatalogs.Rows("eu-ai-act-dates").Select(r => new ApplicationDate(
            r["provision"], r["description"], DateOnly.ParseExact(r["applies_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture), r["source"],
            string.IsNullOrWhiteSpace(r["amended_by"]) ? null : r["amended_by"], isVerified: false)
            .WithCertainty(Enum.Parse<SourceCertainty>(r["certainty"], ignoreCase: true))
            .WithScope(string.IsNullOrWhiteSpace(r["applies_to"]) ? null : r["applies_to"])
            .WithSupersededBy(string.IsNullOrWhiteSpace(r["superseded_by"]) ? null : r["superseded_by"]))]);

    private static readonly Lazy<IReadOnlyList<ApplicationDate>> OriginalDates = new(() => ImmutableArray.CreateRange(All.Where(d => d.AmendedBy is null)));

    private static readonly Lazy<IReadOnlyList<ApplicationDate>> AmendmentDates = new(() => ImmutableArray.CreateRange(All.Where(d => d.AmendedBy is not null)));

    private static readonly Lazy<IReadOnlyList<ApplicationDate>> InForceDates = new(() => ImmutableArray.CreateRange(All.Where(d => d.IsInForce).OrderBy(d => d.AppliesFrom)));

    /// <summary>Gets every row: the original dates first, then the amendments.</summary>
    public static ImmutableArray<ApplicationDate> All => Dates.Value;

    /// <summary>Gets the dates of the original Regulation, including those an amendment superseded.</summary>
    public static IReadOnlyList<ApplicationDate> Original => OriginalDates.Value;

    /// <summary>Gets the amendments, each naming the amending act.</summary>
    public static IReadOnlyList<ApplicationDate> Amendments => AmendmentDates.Value;

    /// <summary>Gets the timeline in force: every row no amendment superseded, by date.</summary>
    public static IReadOnlyList<ApplicationDate> InForce => InForceDates.Value;

    /// <summary>Returns the row in force for a part of the Act.</summary>
    /// <param name="scope">The part, for example <c>high-risk-annex-iii</c> (see <see cref="ApplicationDate.Scope"/>).</param>
    /// <returns>The row, or <see langword="null"/> when no row in force governs that part.</returns>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank.</exception>
    public static ApplicationDate? InForceFor(string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        return InForce.FirstOrDefault(d => string.Equals(d.Scope, scope, StringComparison.Ordinal));
    }
}
