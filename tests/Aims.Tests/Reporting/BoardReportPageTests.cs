using System.Diagnostics;
using FsCheck;
using FsCheck.Xunit;
using System.Text.RegularExpressions;
using Aims.Reporting;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;

namespace Aims.Tests.Reporting;

public partial class BoardReportPageTests
{
    private static readonly Lazy<string> DemoHtml = new(() =>
    {
        var portfolio = FairSimulator.RunPortfolio(DemoWorkspace.Scenarios().Scenarios, new FairSimulationOptions { Trials = 5_000 });
        return BoardReportPage.Create(DemoWorkspace.Create(), DemoWorkspace.AsOf, portfolio).ToHtml();
    });

    [Fact]
    public void A_workspace_with_validation_errors_gets_a_visible_data_quality_banner_that_counts_them()
    {
        var demo = DemoWorkspace.Create();
        var broken = demo.WithSystems([.. demo.Systems, demo.Systems[0]]); // a duplicate system id: an error
        var page = BoardReportPage.Create(broken, DemoWorkspace.AsOf);

        var errors = broken.Validate(DemoWorkspace.AsOf).Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(errors > 0);
        Assert.Equal(errors, page.ErrorCount);
        var html = page.ToHtml();
        Assert.Contains($"Data quality: {errors} validation error", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(ModelDiagnosticCodes.DuplicateId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Data quality:", DemoHtml.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_carry_the_workspace_currency_or_the_one_given()
    {
        var portfolio = FairSimulator.RunPortfolio(DemoWorkspace.Scenarios().Scenarios, new FairSimulationOptions { Trials = 2_000 });
        var demo = DemoWorkspace.Create();

        Assert.Equal("EUR", BoardReportPage.Create(demo, DemoWorkspace.AsOf, portfolio).Currency);
        Assert.Contains("Key points of the curve (EUR)", DemoHtml.Value, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">EUR\u00A0[0-9.]+\u00A0M</td>", DemoHtml.Value);
        var usd = BoardReportPage.Create(demo, DemoWorkspace.AsOf, portfolio, currency: "USD").ToHtml();
        Assert.Contains("Key points of the curve (USD)", usd, StringComparison.Ordinal);
        Assert.DoesNotContain("EUR\u00A0", usd, StringComparison.Ordinal);
        Assert.Contains("(currency not stated)", BoardReportPage.Create(demo.WithCurrency(null), DemoWorkspace.AsOf, portfolio).ToHtml(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BoardReportPage.Create(demo, DemoWorkspace.AsOf, currency: "euro"));
    }

    [Fact]
    public void A_quantified_register_shows_the_inherent_and_the_residual_curve_and_each_risks_figures()
    {
        var demo = DemoWorkspace.Create();
        var register = RiskRegisterAnalysis.Analyze(demo, new RiskRegisterAnalysisOptions { Simulation = new FairSimulationOptions { Trials = 2_000 } }).GetValueOrThrow();

        var page = BoardReportPage.Create(demo, DemoWorkspace.AsOf, register: register);
        var html = page.ToHtml();

        Assert.Same(register.Residual, page.Portfolio); // the curve in front is the residual one
        Assert.Equal(2, Regex.Count(html, "<polyline fill=\"none\""));
        Assert.Contains("stroke-dasharray", html, StringComparison.Ordinal); // the inherent curve, dashed
        Assert.Contains("<th scope=\"col\" class=\"num\">Inherent</th><th scope=\"col\" class=\"num\">Residual</th>", html, StringComparison.Ordinal);
        var r004 = register.Risks.Single(q => q.RiskId == "R-004"); // treatment in progress: no control counted
        Assert.Matches("R-004<span class=\"sub\">[^<]*</span></th><td class=\"num\">[^<]+</td><td class=\"num\">[^<]+</td><td class=\"num\">0\u00A0%</td><td>none</td>", html);
        Assert.Equal(r004.Inherent.Mean, r004.Residual.Mean);
        Assert.Contains("Not quantified (no FAIR scenario, in no figure): R-006.", html, StringComparison.Ordinal);
        Assert.Contains($"Best measured control not yet implemented: {register.Opportunities[0].ControlId}", html, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BoardReportPage.Create(demo, DemoWorkspace.AsOf, register.Inherent, register: register));
        Assert.DoesNotContain("stroke-dasharray", DemoHtml.Value, StringComparison.Ordinal); // a plain portfolio: one curve
    }

    [Fact]
    public void Shadow_ai_candidates_still_to_triage_show_next_to_the_shadow_ai_count()
    {
        var day = new DateOnly(2026, 11, 1);
        var candidates = new[]
        {
            new ShadowAiCandidate(new DiscoveredAiAsset(DiscoverySource.SaasScan, "app-1", "Notes", day)),
            new ShadowAiCandidate(new DiscoveredAiAsset(DiscoverySource.ProxyLog, "p-1", "Chat", day)).WithTriage(ShadowAiCandidateStatus.UnderReview, null),
            new ShadowAiCandidate(new DiscoveredAiAsset(DiscoverySource.Manual, "m-1", "Sheet", day)).WithTriage(ShadowAiCandidateStatus.Dismissed, "Not AI"),
        };

        var demo = DemoWorkspace.Create();
        var html = BoardReportPage.Create(demo.WithShadowAiCandidates(candidates), DemoWorkspace.AsOf).ToHtml();

        Assert.Contains("<span>shadow AI discovered, 2 more candidates to triage</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>shadow AI discovered</span>", BoardReportPage.Create(demo, DemoWorkspace.AsOf).ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serious_incidents_stack_under_the_others_with_an_axis_and_counts()
    {
        var demo = DemoWorkspace.Create();
        var month = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        var incidents = demo.Incidents.Where(i => i.AwareAt.Month != 10 || i.AwareAt.Year != 2026)
            .Append(new AiIncident("INC-A", "Minor glitch", IncidentSeverity.Low, month).WithResolvedAt(month.AddDays(1)))
            .Append(new AiIncident("INC-B", "Serious harm", IncidentSeverity.Critical, month.AddDays(1)).WithSeriousCriteria([SeriousIncidentCriterion.SeriousHarmToHealth]).WithResolvedAt(month.AddDays(3)));
        var html = BoardReportPage.Create(demo.WithIncidents(incidents), DemoWorkspace.AsOf).ToHtml();
        var chart = Regex.Match(html, "<svg[^>]*aria-labelledby=\"inc-t inc-d\".*?</svg>", RegexOptions.Singleline).Value;

        var october = BoardReport.Create(demo.WithIncidents(incidents), DemoWorkspace.AsOf).IncidentTrend.Single(m => m.Month == 10);
        Assert.Equal((2, 1), (october.Total, october.Serious));
        Assert.Contains("fill=\"#c7333a\"", chart, StringComparison.Ordinal);  // the serious part
        Assert.Contains("fill=\"#9fb4ee\"", chart, StringComparison.Ordinal);  // the rest, above it
        Assert.Matches("style=\"font-weight:600\">2</text>", chart);          // the month's count on top
        Assert.Matches("text-anchor=\"end\">2</text>", chart);                // the axis reaches 2
    }

    [Fact]
    public void Heat_map_labels_are_whole_and_the_colours_have_a_legend()
    {
        var html = DemoHtml.Value;

        Assert.Contains(">Negligible</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("…</text>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Band colours\"", html, StringComparison.Ordinal);
    }

    [Property]
    public bool Loss_axis_ticks_are_round_and_the_axis_covers_the_maximum(PositiveInt mantissa, byte exponent)
    {
        var max = mantissa.Get * Math.Pow(10, exponent % 12);
        var (step, axisMax) = BoardReportHtml.RoundAxis(max);

        var leading = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        var intervals = axisMax / step;
        return new[] { 1, 2, 2.5, 5 }.Any(f => Math.Abs(leading - f) < 1e-9)
            && axisMax >= max * (1 - 1e-12)
            && Math.Abs(intervals - Math.Round(intervals)) < 1e-9
            && intervals is >= 2 and <= 5;
    }

    [Fact]
    public void Each_system_shows_its_eu_ai_act_classification_and_the_obligations_that_apply_now_and_later()
    {
        var page = BoardReportPage.Create(DemoWorkspace.Create(), DemoWorkspace.AsOf);

        Assert.DoesNotContain(page.EuAiAct, x => x.System.Id == "churn-predictor");   // retired
        var credit = page.EuAiAct.Single(x => x.System.Id == "credit-scoring");
        Assert.Equal(["Art.4", "Art.99"], credit.Applicable.Select(o => o.ArticleId));
        Assert.Contains(credit.Upcoming, o => o.ArticleId == "Art.27" && o.AppliesFrom == new DateOnly(2027, 12, 2));   // Annex III 5: a deployer's FRIA
        var summarizer = page.EuAiAct.Single(x => x.System.Id == "doc-summarizer");
        Assert.Equal(["Art.6(4)", "Art.49"], summarizer.Upcoming.Select(o => o.ArticleId));
        Assert.DoesNotContain(summarizer.Obligations, o => o.ArticleId == "Art.9");

        var html = DemoHtml.Value;
        Assert.Contains("<th scope=\"col\" style=\"width:22%\">Applies on 16 Nov 2026</th>", html, StringComparison.Ordinal);
        Assert.Contains("Annex III point 5 (essential private and public services) &#183; as provider and deployer", html, StringComparison.Ordinal);
        Assert.Contains("not high-risk by an Art. 6(3) claim (preparatory task)", html, StringComparison.Ordinal);
        Assert.Contains("<div>From 2 Dec 2027*: 2 obligations<span class=\"sub\">Art. 6(4), 49</span></div>", html, StringComparison.Ordinal);
        Assert.Contains("* A date moved by the Digital Omnibus on AI, Regulation (EU) 2026/1744: reported", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var html = DemoHtml.Value;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
    }

    [Fact]
    public void Every_section_the_board_needs_is_there_with_a_heading()
    {
        var headings = Heading().Matches(DemoHtml.Value).Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(
            ["At a glance", "Model inventory", "Risk heat map (inherent)", "Loss exceedance curve (FAIR portfolio)", "Top risks", "AI incidents by month",
             "Statement of Applicability progress", "Framework coverage", "EU AI Act obligations per system", "AI objectives", "Sustainability of AI systems", "Open nonconformities", "Overdue reviews"],
            headings);
    }

    [Fact]
    public void Objectives_section_shows_each_objective_against_its_target_on_the_reports_day()
    {
        var html = DemoHtml.Value;
        var section = html[html.IndexOf("<h2 id=\"obj-h\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Equal(3, Regex.Count(section, "<tr><th scope=\"row\">"));
        Assert.Contains("<td class=\"num\">&#8805;&#160;100&#160;%</td><td class=\"date\">31 Mar 2027</td><td class=\"num\">60&#160;%</td><td class=\"num\">50&#160;%</td><td>In progress</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">&#8804;&#160;3&#160;days</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td><strong>Missed</strong></td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Sustainability_section_totals_each_systems_figures_and_names_every_method()
    {
        var html = DemoHtml.Value;
        var section = html[html.IndexOf("<h2 id=\"sus-h\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];

        // Credit scoring: 42.5 kWh training, 310 kWh inference, 14.9 + 108.5 = 123.4 kg CO2e, no water.
        Assert.Contains("<tr><th scope=\"row\">Consumer credit scoring</th><td class=\"num\">42.5</td><td class=\"num\">310</td><td class=\"num\">123.4</td><td class=\"num\">—</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">3,600</td>", section, StringComparison.Ordinal);   // the support assistant's water
        Assert.Contains("Illustrative figure: metered GPU node energy &#215; PUE 1.2", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Developer code assistant", section, StringComparison.Ordinal);  // no figures, no row
    }

    [Fact]
    public void Charts_have_text_alternatives_and_tables_have_captions_and_header_scopes()
    {
        var html = DemoHtml.Value;

        var svgs = Regex.Matches(html, "<svg [^>]*>");
        Assert.Equal(3, svgs.Count);
        Assert.All(svgs, svg => Assert.Contains("role=\"img\" aria-labelledby=", svg.Value, StringComparison.Ordinal));
        Assert.Equal(svgs.Count, Regex.Count(html, "<title id="));
        Assert.Equal(svgs.Count, Regex.Count(html, "<desc id="));
        Assert.Equal(Regex.Count(html, "<table>"), Regex.Count(html, "<caption>"));
        Assert.DoesNotContain("<th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_workspace_is_encoded()
    {
        var workspace = new AimsWorkspace("<script>alert(1)</script> & Co").WithSystems([new AiSystem("a", "\"quoted\" <b>")]);

        var page = BoardReportPage.Create(workspace, new DateOnly(2026, 1, 1));
        var html = page.ToHtml();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("No quantitative (FAIR) scenarios", html, StringComparison.Ordinal);
        Assert.NotEmpty(page.Coverage);                                     // no SoA: 0 % everywhere, not "cannot be computed"
        Assert.All(page.Coverage, r => Assert.Equal((0d, 0d), (r.Percent(CoverageStatus.Covered), r.Percent(CoverageStatus.PartiallyCovered))));
        Assert.Contains("0 clauses from records", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_carries_heat_map_coverage_and_portfolio()
    {
        var page = BoardReportPage.Create(DemoWorkspace.Create(), DemoWorkspace.AsOf);

        Assert.Equal(DemoWorkspace.Create().Risks.Length, page.HeatMap.Sum(c => c.Count));
        Assert.Equal(BoardReportPage.DefaultCoverageFrameworks, page.Coverage.Select(c => c.TargetFramework));
        Assert.Null(page.Portfolio);
        Assert.Throws<ArgumentException>(() => BoardReportPage.Create(DemoWorkspace.Create(), DemoWorkspace.AsOf, coverageFrameworks: ["nope"]));
    }

    [Fact]
    public async Task Headless_chromium_renders_the_page()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/chromium"), "Debian's chromium is not installed (apt-get install chromium).");
        var file = Path.Combine(Path.GetTempPath(), $"aims-report-{Guid.NewGuid():N}.html");
        File.WriteAllText(file, DemoHtml.Value);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(file).AbsoluteUri])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var chromium = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(120));
            var stderr = chromium.StandardError.ReadToEndAsync(timeout.Token);
            string dom;
            try
            {
                dom = await chromium.StandardOutput.ReadToEndAsync(timeout.Token);
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // A browser that hangs here is an environment problem (sandbox, display), not a report defect.
                chromium.Kill(entireProcessTree: true);
                Assert.Skip("Headless Chromium did not finish within two minutes.");
                return;
            }

            Assert.Contains("Loss exceedance curve", dom, StringComparison.Ordinal);
            Assert.Contains("<polyline", dom, StringComparison.Ordinal);
            _ = await stderr;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(800)]
    public async Task The_page_fits_the_window_width_without_scrolling_sideways(int width)
    {
        Assert.SkipUnless(File.Exists("/usr/bin/chromium"), "Debian's chromium is not installed (apt-get install chromium).");

        // The report has no scripts; this copy gets one that records how wide the laid-out page is.
        const string Probe = "<script>window.onload=()=>document.body.setAttribute('data-width',document.documentElement.scrollWidth)</script>";
        var file = Path.Combine(Path.GetTempPath(), $"aims-width-{Guid.NewGuid():N}.html");
        File.WriteAllText(file, DemoHtml.Value.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
        try
        {
            var start = new ProcessStartInfo("/usr/bin/chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--window-size={width},900", "--virtual-time-budget=3000", "--dump-dom", new Uri(file).AbsoluteUri])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var chromium = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(120));
            var stderr = chromium.StandardError.ReadToEndAsync(timeout.Token);
            string dom;
            try
            {
                dom = await chromium.StandardOutput.ReadToEndAsync(timeout.Token);
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
                Assert.Skip("Headless Chromium did not finish within two minutes.");
                return;
            }

            _ = await stderr;
            var measured = Regex.Match(dom, "data-width=\"(\\d+)\"");
            Assert.True(measured.Success, "The probe did not run.");
            Assert.True(int.Parse(measured.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= width,
                $"The page is {measured.Groups[1].Value} px wide in a {width} px window: a table does not fit.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<h2 id=\"[^\"]+\">([^<]+)</h2>")]
    private static partial Regex Heading();
}
