using Aims.Risk;
using Aims.Risk.Internal;

namespace Aims.Tests.Risk;

public class EstimateTests
{
    private const int N = 400_000;

    private static double[] Draw(Estimate estimate, ulong seed = 7)
    {
        var sampler = Sampler.From(estimate);
        var rng = new Xoshiro256(seed);
        var values = new double[N];
        for (var i = 0; i < N; i++)
        {
            values[i] = sampler.Sample(ref rng);
        }

        return values;
    }

    private static double Quantile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)h;
        return sorted[lo] + ((h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]));
    }

    private static (double Mean, double Sd) Moments(double[] v)
    {
        var mean = v.Average();
        return (mean, Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1)));
    }

    [Theory]
    [InlineData(1, 5, 20, 4)]
    [InlineData(10_000, 50_000, 250_000, 4)]
    [InlineData(0.3, 0.6, 0.9, 4)]
    [InlineData(0, 1, 10, 2)]
    [InlineData(0, 9, 10, 8)]
    public void Pert_matches_the_analytic_mean_and_variance(double min, double mode, double max, double gamma)
    {
        var estimate = Estimate.Pert(min, mode, max, gamma);
        var (mean, sd) = Moments(Draw(estimate));

        var expectedMean = (min + (gamma * mode) + max) / (gamma + 2);
        // Beta variance: αβ/((α+β)²(α+β+1)) scaled by the range, with α + β = γ + 2.
        var (alpha, beta) = (1 + (gamma * (mode - min) / (max - min)), 1 + (gamma * (max - mode) / (max - min)));
        var expectedSd = (max - min) * Math.Sqrt(alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1)));
        Assert.Equal(expectedMean, estimate.Mean, 10);
        Assert.InRange(mean, expectedMean - (5 * expectedSd / Math.Sqrt(N)), expectedMean + (5 * expectedSd / Math.Sqrt(N)));
        Assert.InRange(sd / expectedSd, 0.99, 1.01);
    }

    [Fact]
    public void Pert_stays_within_bounds_and_peaks_at_the_mode()
    {
        var values = Draw(Estimate.Pert(10, 30, 100));
        var histogram = values.GroupBy(v => (int)(v / 10)).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(values, v => Assert.InRange(v, 10, 100));
        Assert.Contains(histogram.MaxBy(kv => kv.Value).Key, new[] { 2, 3 }); // a decile next to the mode
    }

    [Fact]
    public void Pyfair_pert_has_the_moment_matched_spread()
    {
        var estimate = Estimate.PyfairPert(1, 5, 20);
        var (mean, sd) = Moments(Draw(estimate));

        Assert.InRange(mean, estimate.Mean * 0.995, estimate.Mean * 1.005);
        Assert.InRange(sd, (19.0 / 6) * 0.99, (19.0 / 6) * 1.01);
    }

    [Fact]
    public void Lognormal_from_90_percent_interval_reproduces_its_5th_and_95th_percentiles()
    {
        var values = Draw(Estimate.LognormalFrom90(10_000, 1_000_000));

        Assert.InRange(Quantile(values, 0.05), 10_000 * 0.98, 10_000 * 1.02);
        Assert.InRange(Quantile(values, 0.95), 1_000_000 * 0.98, 1_000_000 * 1.02);
        Assert.InRange(Quantile(values, 0.5), 100_000 * 0.99, 100_000 * 1.01); // geometric midpoint
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(1, 5)]
    [InlineData(-5, 2)]
    public void Truncated_normal_is_never_negative_and_matches_its_mean(double mu, double sigma)
    {
        var estimate = Estimate.TruncatedNormal(mu, sigma);
        var values = Draw(estimate);

        Assert.All(values, v => Assert.True(v >= 0));
        Assert.InRange(values.Average(), estimate.Mean * 0.99, estimate.Mean * 1.01);
    }

    [Fact]
    public void Uniform_triangular_normal_and_constant_match_their_means()
    {
        Assert.InRange(Draw(Estimate.Uniform(2, 4)).Average(), 2.99, 3.01);
        Assert.InRange(Draw(Estimate.Triangular(0, 1, 5)).Average(), 1.99, 2.01);
        Assert.InRange(Quantile(Draw(Estimate.Triangular(0, 1, 5)), 0.2), 1.0 - 0.02, 1.0 + 0.02); // F(mode) = 0.2
        var (mean, sd) = Moments(Draw(Estimate.Normal(100, 15)));
        Assert.InRange(mean, 99.9, 100.1);
        Assert.InRange(sd, 14.9, 15.1);
        Assert.All(Draw(Estimate.Constant(3)), v => Assert.Equal(3, v));
    }

    [Fact]
    public void Poisson_counts_have_the_right_mean_and_variance()
    {
        foreach (var lambda in new[] { 0.3, 2.7, 11.9, 12.0, 50.0, 400.0 })
        {
            var rng = new Xoshiro256(11);
            var counts = Enumerable.Range(0, 200_000).Select(_ => (double)Sampler.Poisson(ref rng, lambda)).ToArray();
            var (mean, sd) = Moments(counts);

            Assert.InRange(mean, lambda - (5 * Math.Sqrt(lambda / 200_000)), lambda + (5 * Math.Sqrt(lambda / 200_000)));
            Assert.InRange(sd * sd / lambda, 0.98, 1.02);
        }
    }

    public static TheoryData<Estimate, bool, bool, string> BadEstimates => new()
    {
        { Estimate.Pert(double.NaN, 1, 2), false, false, "finite" },
        { Estimate.Pert(1, double.PositiveInfinity, 2), false, false, "finite" },
        { Estimate.Pert(5, 1, 10), false, false, "min ≤ mode ≤ max" },
        { Estimate.Pert(1, 12, 10), false, false, "min ≤ mode ≤ max" },
        { Estimate.Triangular(3, 2, 1), false, false, "min ≤ mode ≤ max" },
        { Estimate.Pert(1, 2, 3, gamma: 0), false, false, "γ" },
        { Estimate.PyfairPert(1, 1, 3), false, false, "mode equals min or max" },
        { Estimate.Uniform(2, 1), false, false, "must not exceed" },
        { Estimate.Normal(1, 0), false, false, "standard deviation" },
        { Estimate.TruncatedNormal(1, -1), false, false, "standard deviation" },
        { Estimate.LognormalFrom90(0, 10), false, false, "0 < lower < upper" },
        { Estimate.LognormalFrom90(10, 5), false, false, "0 < lower < upper" },
        { Estimate.Pert(0.1, 0.5, 1.2), true, false, "[0, 1]" },
        { Estimate.TruncatedNormal(0.5, 0.1), true, false, "bounded to [0, 1]" },
        { Estimate.Uniform(-1, 2), false, true, "must not be negative" },
        { Estimate.Normal(100, 10), false, true, "can go negative" },
    };

    [Theory]
    [MemberData(nameof(BadEstimates))]
    public void Validate_reports_every_bad_parameter_kind(Estimate estimate, bool probability, bool nonNegative, string expected)
    {
        var problems = estimate.Validate("/primaryLoss", probability, nonNegative);

        var problem = Assert.Single(problems);
        Assert.Equal("/primaryLoss", problem.Path);
        Assert.StartsWith("AIMS5", problem.Code, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_estimates_have_no_problems_and_compare_by_value()
    {
        Assert.Empty(Estimate.Pert(0, 0, 0).Validate("x", isProbability: true));
        Assert.Empty(Estimate.Constant(0.3).Validate("x", isProbability: true));
        Assert.Equal(Estimate.Pert(1, 2, 3), Estimate.Pert(1, 2, 3));
        Assert.NotEqual(Estimate.Pert(1, 2, 3), Estimate.Pert(1, 2, 3, gamma: 5));
    }
}
