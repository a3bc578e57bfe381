using System.Globalization;
using Aims.Model;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>Discovered AI assets (a cloud inventory export, proxy logs, a SaaS scan), one asset per row.</summary>
public static partial class AimsCsv
{
    private static readonly IReadOnlyList<string> DiscoveryColumns = RowMap<CsvRows.DiscoveredAsset>.Columns;

    private static readonly Dictionary<string, string> DiscoveryAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Host"] = "Endpoint",
        ["Url"] = "Endpoint",
        ["Vendor"] = "Provider",
        ["Model"] = "ModelId",
        ["Id"] = "ExternalId",
    };

    /// <summary>
    /// Gets the columns of the discovery table, in the order <see cref="WriteDiscoveredAssets"/> writes them:
    /// <c>Source</c>, <c>ExternalId</c>, <c>Name</c>, <c>Provider</c>, <c>Endpoint</c>, <c>ModelId</c>,
    /// <c>FirstSeen</c>, <c>LastSeen</c>, <c>ObservedBy</c>, <c>DataCategories</c>, <c>RequestCount</c>.
    /// </summary>
    public static IReadOnlyList<string> DiscoveredAssetColumns => DiscoveryColumns;

    /// <summary>Writes discovered AI assets, one per row.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="assets">The assets.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteDiscoveredAssets(TextWriter writer, IEnumerable<DiscoveredAiAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assets);
        assets = NoNullItems(assets);
        CsvOut.Rows<CsvRows.DiscoveredAsset, RowMap<CsvRows.DiscoveredAsset>>(writer, assets.Select(a => new CsvRows.DiscoveredAsset
        {
            Source = Word(a.Source),
            ExternalId = T(a.ExternalId),
            Name = T(a.Name),
            Provider = T(a.Provider),
            Endpoint = T(a.Endpoint),
            ModelId = T(a.ModelId),
            FirstSeen = Date(a.FirstSeen),
            LastSeen = Date(a.LastSeen),
            ObservedBy = T(a.ObservedBy),
            DataCategories = T(Join(a.DataCategories.Select(Word))),
            RequestCount = a.RequestCount?.ToString(CultureInfo.InvariantCulture),
        }));
    }

    /// <summary>
    /// Reads discovered AI assets from untrusted CSV, for <see cref="DiscoveryReconciliation.Reconcile"/>. Requires the
    /// columns <c>Source</c> (<c>cloudInventory</c>, <c>proxyLog</c>, <c>saasScan</c>, <c>manual</c>; <c>cloud-inventory</c>
    /// and the like are accepted), <c>ExternalId</c>, <c>Name</c> and <c>LastSeen</c>; <c>FirstSeen</c> defaults to
    /// <c>LastSeen</c>. <c>Host</c> or <c>Url</c> may stand for <c>Endpoint</c>, <c>Vendor</c> for <c>Provider</c>,
    /// <c>Model</c> for <c>ModelId</c> and <c>Id</c> for <c>ExternalId</c>.
    /// </summary>
    /// <remarks>
    /// Every bad row is reported at <c>/rows/{row}/{Column}</c> and left out; the good rows are kept, in input order,
    /// and <see cref="AimsResult{T}.Records"/> counts both. Rows for the same asset are all kept: the reconciliation
    /// takes the latest sighting.
    /// </remarks>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid assets and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<DiscoveredAiAsset>> ReadDiscoveredAssets(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, DiscoveryColumns, ["Source", "ExternalId", "Name", "LastSeen"], row =>
        {
            var source = row.Has("Source") ? row.EnumOrNull<DiscoverySource>("Source") : null;
            if (!row.Has("Source"))
            {
                row.Error("Source", $"Required: one of {Vocabulary.WordList<DiscoverySource>()}.");
            }

            if (!row.Has("ExternalId"))
            {
                row.Error("ExternalId", "Required: the id the source gives the asset.");
            }

            if (!row.Has("Name"))
            {
                row.Error("Name", "Required: the name the source shows.");
            }

            var last = row.RequiredDate("LastSeen");
            var first = row.Date("FirstSeen");
            var categories = row.Enums<DataCategory>("DataCategories");
            long? requests = null;
            if (row.Text("RequestCount") is { } count)
            {
                if (long.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
                {
                    requests = n;
                }
                else
                {
                    row.Error("RequestCount", $"\"{count}\" is not a whole number of zero or more.");
                }
            }

            return row.HasErrors || source is not { } s ? null : row.Build(() => new DiscoveredAiAsset(s, row.Required("ExternalId"), row.Required("Name"), last)
                .WithSeen(first ?? last, last).WithProvider(row.Text("Provider")).WithEndpoint(row.Text("Endpoint")).WithModelId(row.Text("ModelId"))
                .WithObservedBy(row.Text("ObservedBy")).WithDataCategories(categories).WithRequestCount(requests));
        }, DiscoveryAliases, warnUnknown: true);
        return headerOk
            ? Partial<IReadOnlyList<DiscoveredAiAsset>>([.. records.Select(r => r.Record)], read, records.Count, diagnostics)
            : Partial<IReadOnlyList<DiscoveredAiAsset>>(null, read, 0, diagnostics);
    }
}
