using Aims.Risk;

namespace Aims.Tests.Risk;

/// <summary>The scenarios of shared/bench/README.md ("fair-std-1" and "fair-portfolio-1000").</summary>
internal static class ReferenceScenarios
{
    /// <summary>Exact E[ALE] of fair-std-1 (README: 6.833333 × 0.388826 × (76,666.67 + 0.225 × 236,666.67)).</summary>
    public const double ExactMean = 345_186.0;

    /// <summary>sd(ALE) of fair-std-1 in vuln-mean mode (README).</summary>
    public const double ExactSd = 239_984;

    /// <summary>Exact P(TCap &gt; RS).</summary>
    public const double ExactVulnerability = 0.388826;

    public static FairScenario Standard() => Scenario("fair-std-1", 1, 1, 0);

    public static FairScenario Portfolio(int k)
    {
        var f = 0.5 + (0.1 * (k % 10));
        var m = 0.5 + (0.1 * (k / 10 % 10));
        var s = 0.01 * (k / 100);
        return Scenario($"scenario-{k}", f, m, s);
    }

    private static FairScenario Scenario(string name, double f, double m, double s) => FairScenario
        .FromThreats(name,
            threatEventFrequency: Estimate.Pert(1 * f, 5 * f, 20 * f),
            threatCapability: Estimate.Pert(0.30, 0.60, 0.90),
            resistanceStrength: Estimate.Pert(0.40 + s, 0.65 + s, 0.85 + s),
            primaryLoss: Estimate.Pert(10_000 * m, 50_000 * m, 250_000 * m))
        .WithSecondaryLoss(
            secondaryLossEventFrequency: Estimate.Pert(0.05, 0.20, 0.50),
            secondaryLoss: Estimate.Pert(20_000 * m, 100_000 * m, 1_000_000 * m));
}
