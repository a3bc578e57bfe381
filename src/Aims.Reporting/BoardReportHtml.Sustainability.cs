using System.Text;
using Aims.Model;

namespace Aims.Reporting;

internal static partial class BoardReportHtml
{
    /// <summary>Energy, emissions and water per AI system, as recorded with their methods (issue 16).</summary>
    private static void Sustainability(StringBuilder html, BoardReportPage page)
    {
        var systems = page.Systems.Where(s => !s.Sustainability.IsEmpty).ToList();
        html.Append("<section class=\"wide\" aria-labelledby=\"sus-h\">\n<h2 id=\"sus-h\">Sustainability of AI systems</h2>\n");
        if (systems.Count == 0)
        {
            html.Append("<p class=\"note\">No energy, emissions or water figures recorded.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Totals of the figures recorded per system (training and inference), with the periods they cover</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">System</th><th scope=\"col\" class=\"num\">Training energy (kWh)</th><th scope=\"col\" class=\"num\">Inference energy (kWh)</th>")
            .Append("<th scope=\"col\" class=\"num\">Emissions (kg CO2e)</th><th scope=\"col\" class=\"num\">Water (L)</th><th scope=\"col\">Period</th></tr></thead>\n<tbody>\n");
        foreach (var s in systems)
        {
            var emissions = Sum(s.Total(SustainabilityMetric.TrainingEmissions), s.Total(SustainabilityMetric.InferenceEmissions));
            html.Append("<tr><th scope=\"row\">").Append(E(s.Name)).Append("</th>")
                .Append("<td class=\"num\">").Append(Amount(s.Total(SustainabilityMetric.TrainingEnergy))).Append("</td>")
                .Append("<td class=\"num\">").Append(Amount(s.Total(SustainabilityMetric.InferenceEnergy))).Append("</td>")
                .Append("<td class=\"num\">").Append(Amount(emissions)).Append("</td>")
                .Append("<td class=\"num\">").Append(Amount(s.Total(SustainabilityMetric.Water))).Append("</td>")
                .Append("<td>").Append(Date(s.Sustainability.Min(m => m.PeriodStart))).Append(" – ").Append(Date(s.Sustainability.Max(m => m.PeriodEnd))).Append("</td></tr>\n");
        }

        var all = systems.SelectMany(s => s.Sustainability).ToList();
        double? Total(params SustainabilityMetric[] metrics) => all.Any(m => metrics.Contains(m.Metric)) ? all.Where(m => metrics.Contains(m.Metric)).Sum(m => m.Value) : null;
        html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">All systems</th>")
            .Append("<td class=\"num\">").Append(Amount(Total(SustainabilityMetric.TrainingEnergy))).Append("</td>")
            .Append("<td class=\"num\">").Append(Amount(Total(SustainabilityMetric.InferenceEnergy))).Append("</td>")
            .Append("<td class=\"num\">").Append(Amount(Total(SustainabilityMetric.TrainingEmissions, SustainabilityMetric.InferenceEmissions))).Append("</td>")
            .Append("<td class=\"num\">").Append(Amount(Total(SustainabilityMetric.Water))).Append("</td><td></td></tr></tfoot>\n</table>\n")
            .Append("<details><summary>Measurement methods</summary>\n<ul>\n");
        foreach (var s in systems)
        {
            foreach (var m in s.Sustainability)
            {
                html.Append("<li>").Append(E(s.Name)).Append(", ").Append(E(Words(m.Metric.ToString()).ToLowerInvariant())).Append(' ')
                    .Append(E(F(m.Value, "#,0.#"))).Append('\u00A0').Append(E(m.Unit)).Append(" (").Append(Date(m.PeriodStart)).Append(" – ").Append(Date(m.PeriodEnd))
                    .Append("): ").Append(E(m.Method)).Append("</li>\n");
            }
        }

        html.Append("</ul>\n</details>\n<p class=\"note\">Figures are summed over the periods recorded; each carries its own method (see above), so totals mix methods. "
            + "Training figures are one-off, inference figures recur.</p>\n</section>\n");
    }

    private static double? Sum(double? a, double? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static string Amount(double? value) => value is { } v ? F(v, "#,0.#") : "—";
}
