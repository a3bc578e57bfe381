using Aims.Risk.Internal;

namespace Aims.Tests.Risk;

public class BetaTableTests
{
    /// <summary>Regularised incomplete beta for integer shapes: I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^(a+b−1−j).</summary>
    private static double Cdf(int a, int b, double x)
    {
        var n = a + b - 1;
        double sum = 0;
        for (var j = a; j <= n; j++)
        {
            sum += Binomial(n, j) * Math.Pow(x, j) * Math.Pow(1 - x, n - j);
        }

        return sum;
    }

    private static double Binomial(int n, int k)
    {
        double r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(5, 2)]
    [InlineData(3, 3)]
    [InlineData(1, 5)]
    public void Empirical_cdf_matches_the_exact_beta_cdf(int a, int b)
    {
        const int N = 400_000;
        var table = new BetaTable(a, b);
        var rng = new Xoshiro256(17);
        var samples = new double[N];
        for (var i = 0; i < N; i++)
        {
            samples[i] = table.Sample(ref rng);
        }

        Array.Sort(samples);
        Assert.InRange(samples[0], 0, 1);
        Assert.InRange(samples[^1], 0, 1);
        // Kolmogorov–Smirnov distance; the 0.1 % critical value for N = 400,000 is about 0.0031.
        var ks = samples.Select((x, i) => Math.Max(Math.Abs(Cdf(a, b, x) - ((double)i / N)), Math.Abs(Cdf(a, b, x) - ((double)(i + 1) / N)))).Max();
        Assert.True(ks < 0.0031, $"KS distance {ks}");
    }
}
