using System.Collections.Immutable;
using System.Globalization;
using Aims.Model;
using Aims.Risk;

namespace Aims.Mapping;

/// <summary>
/// The built-in FAIR scenario templates, one per OWASP LLM and agentic threat: PERT estimates of threat event
/// frequency (attempts a year), vulnerability, primary loss by form, and secondary loss, all <b>illustrative</b> (a
/// mid-size organisation's plausible ranges, in the workspace's currency, with the reasoning stated), for a customer to
/// replace with calibrated values (<see cref="ThreatScenarioTemplate.WithCalibration"/>).
/// </summary>
public static class ThreatScenarioTemplates
{
    private static readonly Lazy<ImmutableArray<ThreatScenarioTemplate>> Templates = new(Load);

    /// <summary>Gets every template, LLM list first, each in catalog order.</summary>
    public static ImmutableArray<ThreatScenarioTemplate> All => Templates.Value;

    /// <summary>Finds the template of a threat.</summary>
    /// <param name="threatFramework">The threat catalog's id.</param>
    /// <param name="threatId">The threat's id.</param>
    /// <returns>The template, or <see langword="null"/> when the threat has none.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ThreatScenarioTemplate? Find(string threatFramework, string threatId)
    {
        ArgumentNullException.ThrowIfNull(threatFramework);
        ArgumentNullException.ThrowIfNull(threatId);
        return All.FirstOrDefault(t => t.ThreatFramework == threatFramework && t.ThreatId == threatId);
    }

    /// <summary>Selects the templates of the threats relevant to a system with the given traits (<see cref="ThreatCatalogs.Relevant"/>).</summary>
    /// <param name="traits">The system's traits.</param>
    /// <returns>The templates, in the order of the threats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="traits"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ThreatScenarioTemplate> For(IEnumerable<AiSystemTrait> traits) =>
        [.. ThreatCatalogs.Relevant(traits).Select(t => Find(t.FrameworkId, t.Id)).OfType<ThreatScenarioTemplate>()];

    private static ImmutableArray<ThreatScenarioTemplate> Load() =>
        [.. FrameworkCatalogs.Rows("templates-owasp").Select(r =>
        {
            var id = r["threat_id"];
            var framework = id.StartsWith("LLM", StringComparison.Ordinal) ? FrameworkIds.OwaspLlm : FrameworkIds.OwaspAgentic;
            var title = FrameworkCatalogs.Get(framework).TryGetItem(id, out var item) ? item.Title : id;
            var scenario = FairScenario.FromThreats($"{id} {title} (illustrative)", Pert(r["tef"]), Pert(r["vulnerability"]), Forms(r["primary"]))
                .WithSecondaryLossByForm(Pert(r["slef"]), Forms(r["secondary"]));
            var drives = r["drives"].Split(';').Select(w => Vocabulary.TryParse<FairNode>(w, out var node) ? node : throw Bad(id, w));
            return new ThreatScenarioTemplate(framework, id, scenario, drives, r["reasoning"], null);
        })];

    // Embedded data, checked by tests: a malformed cell is our build-time error, not input.
    private static Estimate Pert(string cell)
    {
        var parts = cell.Split('/').Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        return Estimate.Pert(parts[0], parts[1], parts[2]);
    }

    private static Dictionary<LossForm, Estimate> Forms(string cell) =>
        cell.Split(';').Select(f => f.Split('=')).ToDictionary(
            kv => Vocabulary.TryParse<LossForm>(kv[0], out var form) ? form : throw Bad(cell, kv[0]), kv => Pert(kv[1]));

    private static InvalidOperationException Bad(string where, string word) => new($"'{word}' in the scenario template of {where} is not a known word.");
}
