using System.Collections.Frozen;
using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// The built-in versions of every framework, side by side: each built-in catalog as its current version, and the
/// versions that an amendment or a new edition superseded where we ship them (the EU AI Act as published in 2024 and as
/// amended by Regulation (EU) 2026/1744). A key names a version (<c>eu-ai-act@2024</c>); a framework id alone names
/// its current version. Add a customer's own version (for example an imported AICM 1.0.3 workbook) with
/// <see cref="FrameworkVersion.Create"/>.
/// </summary>
public static class FrameworkVersions
{
    /// <summary>The short label of each built-in catalog's current version.</summary>
    private static readonly FrozenDictionary<string, string> CurrentLabels = new Dictionary<string, string>
    {
        [FrameworkIds.Iso42001] = "2023",
        [FrameworkIds.Iso27001] = "2022",
        [FrameworkIds.Iso27701] = "2019",
        [FrameworkIds.NistAiRmf] = "1.0",
        [FrameworkIds.NistAi600] = "2024",
        [FrameworkIds.EuAiAct] = "2026",
        [FrameworkIds.CsaStarAi] = "2025",
        [FrameworkIds.CsaAicm] = "1.1.1",
        [FrameworkIds.OwaspLlm] = "2025",
        [FrameworkIds.OwaspAgentic] = "2026",
        [FrameworkIds.Stride] = "1999",
        [FrameworkIds.Linddun] = "2023",
        [FrameworkIds.MitreAtlas] = "5.6.0",
        [FrameworkIds.ColoradoAiAct] = "sb24-205",
        [FrameworkIds.TexasTraiga] = "hb149",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] EuAiActCitations = ["2024/1689", "EU AI Act", "AI Act", FrameworkIds.EuAiAct];

    private static readonly string[] ColoradoCitations = ["SB 24-205", "SB24-205", "SB 26-189", "Colorado AI Act", "6-1-17"];

    private static readonly Lazy<ImmutableArray<FrameworkVersion>> Versions = new(Build);

    /// <summary>Gets every built-in version, by framework and then oldest first.</summary>
    public static ImmutableArray<FrameworkVersion> All => Versions.Value;

    /// <summary>Gets the built-in versions of a framework, oldest first.</summary>
    /// <param name="frameworkId">The framework id.</param>
    /// <returns>The versions; empty for a framework with no built-in catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworkId"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<FrameworkVersion> Of(string frameworkId)
    {
        ArgumentNullException.ThrowIfNull(frameworkId);
        return [.. All.Where(v => v.FrameworkId == frameworkId)];
    }

    /// <summary>Finds a built-in version by key: <c>framework@label</c>, or a framework id alone for its current version.</summary>
    /// <param name="key">The key, for example <c>eu-ai-act@2024</c> or <c>iso42001</c>.</param>
    /// <param name="version">The version when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FrameworkVersion version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var at = key.IndexOf('@', StringComparison.Ordinal);
        version = at < 0
            ? (CurrentLabels.TryGetValue(key, out var label) ? All.FirstOrDefault(v => v.FrameworkId == key && v.Label == label) : null)
            : All.FirstOrDefault(v => v.FrameworkId == key[..at] && v.Label == key[(at + 1)..]);
        return version is not null;
    }

    /// <summary>Gets a built-in version by key: <c>framework@label</c>, or a framework id alone for its current version.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">No built-in version has that key; the message lists the keys there are.</exception>
    public static FrameworkVersion Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGet(key, out var version)
            ? version
            : throw new ArgumentException($"Unknown framework version '{key}'. Known: {string.Join(", ", All.Select(v => v.Key))}.", nameof(key));
    }

    /// <summary>Gets the current built-in version of a framework.</summary>
    /// <param name="frameworkId">The framework id.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">The framework has no built-in catalog.</exception>
    public static FrameworkVersion Current(string frameworkId) => Get(frameworkId ?? throw new ArgumentNullException(nameof(frameworkId)));

    private static ImmutableArray<FrameworkVersion> Build()
    {
        var list = new List<FrameworkVersion>();
        foreach (var id in FrameworkIds.All)
        {
            if (id == FrameworkIds.EuAiAct)
            {
                list.Add(EuAiAct2024());
            }

            var current = FrameworkVersion.Create(FrameworkCatalogs.Get(id), CurrentLabels[id]);
            if (id == FrameworkIds.EuAiAct)
            {
                current = current.WithSchedule(EuAiActApplicationDates.InForce).WithCitations(EuAiActCitations);
            }
            else if (id == FrameworkIds.ColoradoAiAct)
            {
                current = current.WithSchedule([ColoradoDate("SB 24-205 duties of developers and deployers of high-risk AI systems (as delayed)", new DateOnly(2026, 6, 30),
                    "SB 25B-004 (delay from 2026-02-01); ../shared/reference/landscape-2026.md", "SB 25B-004", SourceCertainty.Verified)]).WithCitations(ColoradoCitations);
            }
            else if (id == FrameworkIds.TexasTraiga)
            {
                current = current.WithCitations(["TRAIGA", "HB 149", "Texas Responsible"]);
            }

            list.Add(current);
            if (id == FrameworkIds.ColoradoAiAct)
            {
                list.Add(ColoradoSb26189());
            }
        }

        return [.. list];
    }

    /// <summary>Colorado SB 26-189, reported to repeal SB 24-205 and re-enact it as a notice-and-explain regime from 2027-01-01; no renumbering is known.</summary>
    private static FrameworkVersion ColoradoSb26189() =>
        FrameworkVersion.Create(FrameworkCatalogs.Jurisdiction("colorado-ai-act-sb26-189", FrameworkCatalogs.ColoradoSb26189Metadata), "sb26-189")
            .WithSchedule([ColoradoDate("Automated decision-making duties under SB 26-189", new DateOnly(2027, 1, 1),
                "../shared/reference/landscape-2026.md (reported)", "SB 26-189", SourceCertainty.Reported)])
            .WithCitations(ColoradoCitations);

    private static ApplicationDate ColoradoDate(string description, DateOnly from, string source, string act, SourceCertainty certainty) =>
        new ApplicationDate(act, description, from, source, act, isVerified: false).WithCertainty(certainty).WithScope("duties");

    /// <summary>
    /// The EU AI Act as published in the Official Journal of 12.7.2024: the current catalog without the amendment
    /// note, and the original Art. 113 dates. Superseded by the Digital Omnibus on AI from its entry into force.
    /// </summary>
    private static FrameworkVersion EuAiAct2024()
    {
        var amended = FrameworkCatalogs.Get(FrameworkIds.EuAiAct);
        var m = amended.Metadata;
        var metadata = new FrameworkMetadata(m.Id, m.Name, "OJ L, 12.7.2024 (as published)", m.Publisher, m.Licence, "EUR-Lex, ELI http://data.europa.eu/eli/reg/2024/1689/oj", m.Date)
            .WithStatus(FrameworkStatus.Superseded, new DateOnly(2024, 8, 1), new DateOnly(2026, 7, 26));
        var catalog = new FrameworkCatalog(metadata, amended.Items.Where(i => i.Kind != "note"));
        return FrameworkVersion.Create(catalog, "2024")
            .WithSchedule(EuAiActApplicationDates.Original.Where(d => d.Scope is not null))
            .WithCitations(EuAiActCitations);
    }
}
