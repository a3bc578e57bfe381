using System.Globalization;
using System.Text;
using Aims.Model;
using Aims.Risk;

namespace Aims.Reporting;

/// <summary>The charts of the board report: heat map, loss exceedance curve and incidents by month (inline SVG with a text alternative each).</summary>
internal static partial class BoardReportHtml
{
    private static void HeatMap(StringBuilder html, BoardReportPage page)
    {
        var m = page.Matrix;
        int rows = m.Likelihood.Count, cols = m.Impact.Count;
        const int Cell = 72, Left = 120, Top = 10;
        var width = Left + (cols * Cell) + 10;
        var height = Top + (rows * Cell) + 44;
        var counts = page.HeatMap.ToDictionary(c => (c.Cell.Likelihood, c.Cell.Impact), c => c.Count);
        var described = string.Join("; ", page.HeatMap.Where(c => c.Count > 0).OrderByDescending(c => c.Cell.Band)
            .Select(c => $"{c.Count} at likelihood {c.Cell.Likelihood}, impact {c.Cell.Impact} ({c.Cell.Band})"));
        html.Append("<section aria-labelledby=\"heat-h\">\n<h2 id=\"heat-h\">Risk heat map (inherent)</h2>\n")
            .Append("<svg role=\"img\" aria-labelledby=\"heat-t heat-d\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" width=\"100%\">\n")
            .Append("<title id=\"heat-t\">Risk heat map</title>\n<desc id=\"heat-d\">").Append(E(described.Length == 0 ? "No risks in the register." : $"Risks by likelihood and impact: {described}.")).Append("</desc>\n");
        for (var l = rows; l >= 1; l--)
        {
            var y = Top + ((rows - l) * Cell);
            html.Append("<text x=\"").Append(Left - 8).Append("\" y=\"").Append(y + (Cell / 2) + 4).Append("\" text-anchor=\"end\">").Append(E(m.Likelihood.Levels[l - 1].Label)).Append("</text>\n");
            for (var i = 1; i <= cols; i++)
            {
                var cell = m.Cell(l, i);
                var x = Left + ((i - 1) * Cell);
                var count = counts.GetValueOrDefault((l, i));
                html.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(Cell - 4).Append("\" height=\"").Append(Cell - 4)
                    .Append("\" rx=\"6\" fill=\"").Append(BandColour(cell.Band)).Append("\" opacity=\"").Append(count > 0 ? "1" : "0.35").Append("\"/>\n");
                if (count > 0)
                {
                    html.Append("<text x=\"").Append(x + ((Cell - 4) / 2)).Append("\" y=\"").Append(y + (Cell / 2) + 5).Append("\" text-anchor=\"middle\" style=\"font-size:18px;font-weight:700;fill:#fff\">")
                        .Append(count).Append("</text>\n");
                }
            }
        }

        for (var i = 1; i <= cols; i++)
        {
            // Whole labels ("Negligible"), smaller type where a label is long, never truncated.
            var label = m.Impact.Levels[i - 1].Label;
            html.Append("<text x=\"").Append(Left + ((i - 1) * Cell) + ((Cell - 4) / 2)).Append("\" y=\"").Append(Top + (rows * Cell) + 14).Append("\" text-anchor=\"middle\"")
                .Append(label.Length > 9 ? " style=\"font-size:11px\"" : "").Append('>').Append(E(label)).Append("</text>\n");
        }

        html.Append("<text x=\"").Append(Left + (cols * Cell / 2)).Append("\" y=\"").Append(height - 6).Append("\" text-anchor=\"middle\" style=\"fill:#5b6478\">Impact →</text>\n</svg>\n")
            .Append("<ul class=\"legend\" aria-label=\"Band colours\">");
        foreach (var band in new[] { RiskBand.Low, RiskBand.Medium, RiskBand.High, RiskBand.Critical })
        {
            html.Append("<li><i style=\"background:").Append(BandColour(band)).Append("\"></i>").Append(band).Append("</li>");
        }

        html.Append("<li><i style=\"background:#ccc;opacity:.5\"></i>faded: no risk in the cell</li></ul>\n")
            .Append("<p class=\"note\">Rows: likelihood (highest at the top); numbers: risks in the cell by inherent rating. Appetite: ").Append(E(m.Appetite.ToString())).Append(" and below.</p>\n</section>\n");
    }

    private static void LossExceedance(StringBuilder html, BoardReportPage page)
    {
        var portfolio = page.Portfolio;
        var register = page.Register;
        var currency = page.Currency;
        html.Append("<section class=\"wide\" aria-labelledby=\"lec-h\">\n<h2 id=\"lec-h\">")
            .Append(register is null ? "Loss exceedance curve (FAIR portfolio)" : "Loss exceedance: inherent and residual (FAIR risk register)").Append("</h2>\n");
        if (portfolio is null || portfolio.Total.LossExceedance.IsDefaultOrEmpty)
        {
            html.Append("<p class=\"note\">No quantitative (FAIR) scenarios were given for this report.</p>\n</section>\n");
            return;
        }

        var r = portfolio.Total;
        var inherent = register?.Inherent.Total;
        // The axis ends at a round value past the larger 1-in-1,000-year loss, so the curves run (nearly) to the edge.
        var (step, axisMax) = RoundAxis(Math.Max(r.Percentile(0.999), inherent?.Percentile(0.999) ?? 0));
        const int W = 640, H = 280, L = 40, B = 40, T = 12, R = 24;
        double X(double loss) => L + ((W - L - R) * Math.Clamp(loss / axisMax, 0, 1));
        double Y(double p) => T + ((H - T - B) * (1 - p));
        string Path(FairResult result) => string.Join(' ', result.LossExceedance.Where(p => double.IsFinite(p.Loss) && p.Loss <= axisMax).Select(p => $"{F(X(p.Loss), "0.#")},{F(Y(p.Probability), "0.#")}"));
        string Points(FairResult result) => $"mean {Money(result.Mean, currency)}; 1 in 10 years above {Money(result.Percentile(0.9), currency)}; "
            + $"1 in 20 above {Money(result.Percentile(0.95), currency)}; 1 in 100 above {Money(result.Percentile(0.99), currency)}";
        var desc = inherent is null
            ? $"Annual loss exceedance of the portfolio ({N(r.Trials)} trials): {Points(r)}."
            : $"Annual loss exceedance of the quantified risks ({N(r.Trials)} trials, the same random draws for both curves). Inherent, without controls: {Points(inherent)}. "
              + $"Residual, with the measured controls the SoA marks implemented: {Points(r)}.";
        html.Append("<div class=\"split\">\n<div>\n<svg role=\"img\" aria-labelledby=\"lec-t lec-d\" viewBox=\"0 0 ").Append(W).Append(' ').Append(H).Append("\" width=\"100%\">\n<title id=\"lec-t\">Loss exceedance curve</title>\n<desc id=\"lec-d\">")
            .Append(E(desc)).Append("</desc>\n");
        for (var k = 0; k <= 4; k++)
        {
            var p = k / 4.0;
            html.Append("<line x1=\"").Append(L).Append("\" x2=\"").Append(W - R).Append("\" y1=\"").Append(F(Y(p), "0.#")).Append("\" y2=\"").Append(F(Y(p), "0.#")).Append("\" stroke=\"#d9dee8\"/>\n")
                .Append("<text x=\"").Append(L - 6).Append("\" y=\"").Append(F(Y(p) + 4, "0.#")).Append("\" text-anchor=\"end\">").Append(F(p * 100, "0")).Append("%</text>\n");
        }

        for (var tick = 0.0; tick <= axisMax + (step / 2); tick += step)
        {
            html.Append("<line x1=\"").Append(F(X(tick), "0.#")).Append("\" x2=\"").Append(F(X(tick), "0.#")).Append("\" y1=\"").Append(H - B).Append("\" y2=\"").Append(H - B + 4).Append("\" stroke=\"#5b6478\"/>\n")
                .Append("<text x=\"").Append(F(X(tick), "0.#")).Append("\" y=\"").Append(H - B + 17).Append("\" text-anchor=\"").Append(tick == 0 ? "start" : tick >= axisMax - (step / 2) ? "end" : "middle").Append("\">")
                .Append(Money(tick, null)).Append("</text>\n");
        }

        if (inherent is not null)
        {
            html.Append("<polyline fill=\"none\" stroke=\"#8a93a6\" stroke-width=\"2\" stroke-dasharray=\"6 4\" stroke-linejoin=\"round\" points=\"").Append(Path(inherent)).Append("\"/>\n");
        }

        html.Append("<polyline fill=\"none\" stroke=\"#2f5bd3\" stroke-width=\"2.5\" stroke-linejoin=\"round\" points=\"").Append(Path(r)).Append("\"/>\n");
        foreach (var (level, label) in new[] { (0.9, "1 in 10"), (0.99, "1 in 100") })
        {
            var x = X(r.Percentile(level));
            var y = Y(1 - level);
            html.Append("<circle cx=\"").Append(F(x, "0.#")).Append("\" cy=\"").Append(F(y, "0.#")).Append("\" r=\"4\" fill=\"#2f5bd3\"/>\n")
                .Append("<text x=\"").Append(F(x + 7, "0.#")).Append("\" y=\"").Append(F(y - 8, "0.#")).Append("\">").Append(label).Append(": ").Append(Money(r.Percentile(level), null)).Append("</text>\n");
        }

        html.Append("<text x=\"").Append((W + L) / 2).Append("\" y=\"").Append(H - 4).Append("\" text-anchor=\"middle\" style=\"fill:#5b6478\">Annual loss").Append(currency is null ? "" : $" ({E(currency)})")
            .Append(" →   y: probability that the year's loss exceeds it</text>\n</svg>\n");
        if (inherent is not null)
        {
            html.Append("<ul class=\"legend\"><li><i style=\"background:#8a93a6\"></i>inherent: no controls</li><li><i style=\"background:#2f5bd3\"></i>residual: measured controls the SoA marks implemented</li></ul>\n");
        }

        html.Append("</div>\n<div>\n<table>\n<caption>Key points of the curve").Append(inherent is null ? "" : "s").Append(currency is null ? " (currency not stated)" : $" ({E(currency)})")
            .Append("</caption>\n<thead><tr><th scope=\"col\">Annual loss</th>").Append(inherent is null ? "<th scope=\"col\" class=\"num\">Portfolio</th>" : "<th scope=\"col\" class=\"num\">Inherent</th><th scope=\"col\" class=\"num\">Residual</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var (label, value) in new (string, Func<FairResult, double>)[]
        {
            ("Expected (mean)", x => x.Mean), ("1 in 10 years (P90)", x => x.Percentile(0.9)), ("1 in 20 years (P95)", x => x.Percentile(0.95)),
            ("1 in 100 years (P99)", x => x.Percentile(0.99)), ($"Expected shortfall beyond P{F(r.ValueAtRiskConfidence * 100, "0")}", x => x.ExpectedShortfall),
        })
        {
            html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th>");
            if (inherent is not null)
            {
                html.Append("<td class=\"num\">").Append(Money(value(inherent), currency)).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(Money(value(r), currency)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (register is null && !portfolio.Contributions.IsDefaultOrEmpty)
        {
            html.Append("<details><summary>Contribution by scenario</summary>\n<table>\n<caption>Share of the expected annual loss</caption>\n<thead><tr><th scope=\"col\">Scenario</th><th scope=\"col\" class=\"num\">Mean</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n");
            foreach (var c in portfolio.Contributions.OrderByDescending(c => c.Mean))
            {
                html.Append("<tr><th scope=\"row\">").Append(E(c.Name)).Append("</th><td class=\"num\">").Append(Money(c.Mean, currency)).Append("</td><td class=\"num\">").Append(Pct(c.ShareOfMean * 100)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</details>\n");
        }

        html.Append("</div>\n</div>\n");
        if (register is not null)
        {
            RegisterRisks(html, register, currency);
        }

        html.Append("</section>\n");
    }

    /// <summary>Each quantified risk's inherent and residual ALE and the implemented controls that make the difference.</summary>
    private static void RegisterRisks(StringBuilder html, RiskRegisterAnalysis register, string? currency)
    {
        html.Append("<details open><summary>By risk</summary>\n<table>\n<caption>Expected annual loss (ALE) per quantified risk").Append(currency is null ? "" : $" ({E(currency)})")
            .Append("</caption>\n<thead><tr><th scope=\"col\">Risk</th><th scope=\"col\" class=\"num\">Inherent</th><th scope=\"col\" class=\"num\">Residual</th><th scope=\"col\" class=\"num\">Reduction</th><th scope=\"col\">Implemented controls counted</th></tr></thead>\n<tbody>\n");
        foreach (var q in register.Risks)
        {
            var counted = q.Controls.Where(c => c.InResidual).Select(c => c.ControlId).Distinct(StringComparer.Ordinal).ToList();
            html.Append("<tr><th scope=\"row\">").Append(E(q.RiskId)).Append("<span class=\"sub\">").Append(E(q.Title)).Append("</span></th><td class=\"num\">").Append(Money(q.Inherent.Mean, null))
                .Append("</td><td class=\"num\">").Append(Money(q.Residual.Mean, null)).Append("</td><td class=\"num\">")
                .Append(q.Inherent.Mean > 0 ? Pct((1 - (q.Residual.Mean / q.Inherent.Mean)) * 100) : "—").Append("</td><td>").Append(counted.Count == 0 ? "none" : E(string.Join(", ", counted))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        var notes = new List<string>();
        if (!register.UnquantifiedRiskIds.IsEmpty)
        {
            notes.Add($"Not quantified (no FAIR scenario, in no figure): {string.Join(", ", register.UnquantifiedRiskIds)}.");
        }

        if (register.Opportunities.FirstOrDefault() is { } best)
        {
            notes.Add($"Best measured control not yet implemented: {best.ControlId} would take {Money(best.AleReduction, currency)} a year off the residual for {Money(best.AnnualCost, currency)} a year.");
        }

        html.Append("<p class=\"note\">Residual counts a control only when the SoA marks it implemented and a control measure states its effect. ")
            .Append(E(string.Join(" ", notes))).Append("</p>\n</details>\n");
    }

    /// <summary>A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving about four intervals, and the axis end: the first tick at or past <paramref name="max"/>.</summary>
    internal static (double Step, double AxisMax) RoundAxis(double max)
    {
        if (!(max > 0) || !double.IsFinite(max))
        {
            return (1, 4);
        }

        var raw = max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw * 0.999);
        return (step, Math.Ceiling((max / step) - 1e-9) * step);
    }

    private static void Incidents(StringBuilder html, BoardReport s)
    {
        var trend = s.IncidentTrend;
        html.Append("<section aria-labelledby=\"inc-h\">\n<h2 id=\"inc-h\">AI incidents by month</h2>\n");
        const int W = 520, H = 210, L = 34, B = 34, T = 16, R = 8;
        var most = trend.IsDefaultOrEmpty ? 0 : trend.Max(m => m.Total);
        var (step, axisMax) = most <= 4 ? (1.0, Math.Max(1, most)) : RoundAxis(most);
        step = Math.Max(1, Math.Round(step));
        var barWidth = trend.Length == 0 ? 0 : (W - L - R) / (double)trend.Length;
        double Y(double count) => H - B - ((H - B - T) * count / axisMax);
        var desc = trend.Length == 0 ? "No months to show." : $"{trend.Sum(m => m.Total)} incidents in {trend.Length} months, {trend.Sum(m => m.Serious)} serious; the most in one month: {most}.";
        html.Append("<svg role=\"img\" aria-labelledby=\"inc-t inc-d\" viewBox=\"0 0 ").Append(W).Append(' ').Append(H).Append("\" width=\"100%\">\n<title id=\"inc-t\">Incidents by month</title>\n<desc id=\"inc-d\">").Append(E(desc)).Append("</desc>\n");
        for (var tick = 0.0; tick <= axisMax + 0.001; tick += step)
        {
            html.Append("<line x1=\"").Append(L).Append("\" x2=\"").Append(W - R).Append("\" y1=\"").Append(F(Y(tick), "0.#")).Append("\" y2=\"").Append(F(Y(tick), "0.#"))
                .Append("\" stroke=\"").Append(tick == 0 ? "#5b6478" : "#d9dee8").Append("\"/>\n<text x=\"").Append(L - 6).Append("\" y=\"").Append(F(Y(tick) + 4, "0.#")).Append("\" text-anchor=\"end\">")
                .Append(F(tick, "0")).Append("</text>\n");
        }

        for (var i = 0; i < trend.Length; i++)
        {
            var m = trend[i];
            var x = L + (i * barWidth) + 4;
            var w = barWidth - 8;
            var other = m.Total - m.Serious;
            // Stacked: serious incidents at the base in red, the others above in blue; the count of all on top.
            if (m.Serious > 0)
            {
                html.Append("<rect x=\"").Append(F(x, "0.#")).Append("\" y=\"").Append(F(Y(m.Serious), "0.#")).Append("\" width=\"").Append(F(w, "0.#")).Append("\" height=\"").Append(F(Y(0) - Y(m.Serious), "0.#")).Append("\" fill=\"#c7333a\"/>\n");
            }

            if (other > 0)
            {
                html.Append("<rect x=\"").Append(F(x, "0.#")).Append("\" y=\"").Append(F(Y(m.Total), "0.#")).Append("\" width=\"").Append(F(w, "0.#")).Append("\" height=\"").Append(F(Y(m.Serious) - Y(m.Total), "0.#")).Append("\" fill=\"#9fb4ee\"/>\n");
            }

            if (m.Total > 0)
            {
                html.Append("<text x=\"").Append(F(x + (w / 2), "0.#")).Append("\" y=\"").Append(F(Y(m.Total) - 4, "0.#")).Append("\" text-anchor=\"middle\" style=\"font-weight:600\">").Append(m.Total).Append("</text>\n");
            }

            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m.Month);
            html.Append("<text x=\"").Append(F(x + (w / 2), "0.#")).Append("\" y=\"").Append(H - B + 14).Append("\" text-anchor=\"middle\">").Append(month).Append("</text>\n");
            if (i == 0 || m.Month == 1)
            {
                html.Append("<text x=\"").Append(F(x + (w / 2), "0.#")).Append("\" y=\"").Append(H - B + 28).Append("\" text-anchor=\"middle\" style=\"fill:#5b6478;font-size:11px\">").Append(m.Year).Append("</text>\n");
            }
        }

        html.Append("</svg>\n<ul class=\"legend\" aria-label=\"Bar colours\"><li><i style=\"background:#c7333a\"></i>serious (EU AI Act Art. 3(49), reported under Art. 73)</li><li><i style=\"background:#9fb4ee\"></i>other incidents</li></ul>\n")
            .Append("<p class=\"note\">Bars stack per month; the number on top counts all incidents.</p>\n<details><summary>Monthly figures</summary>\n<table>\n<caption>Incidents per month</caption>\n<thead><tr><th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Total</th><th scope=\"col\" class=\"num\">Serious</th></tr></thead>\n<tbody>\n");
        foreach (var m in trend)
        {
            html.Append("<tr><th scope=\"row\">").Append(m.Year).Append('-').Append(m.Month.ToString("00", CultureInfo.InvariantCulture)).Append("</th><td class=\"num\">").Append(m.Total).Append("</td><td class=\"num\">").Append(m.Serious).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }
}
