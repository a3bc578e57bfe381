using Aims.Mapping;
using Aims.Model;
using BenchmarkDotNet.Attributes;

namespace Aims.Benchmarks;

/// <summary>Coverage of a full SoA (all 38 Annex A controls) against every other built-in framework, after loading.</summary>
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private StatementOfApplicability _soa = null!;

    [GlobalSetup]
    public void Setup()
    {
        _soa = new StatementOfApplicability(new DocumentRevision("1.0"), Iso42001.Catalog.Controls.Select((c, i) =>
            new SoaEntry(c.Id, i % 9 != 0).WithJustification("x").WithStatus((ImplementationStatus)(i % 4)).WithOwner("CISO").WithRiskIds(["R-1"])));
        _ = Crosswalk.BuiltIn;
        foreach (var id in FrameworkIds.All)
        {
            _ = FrameworkCatalogs.Get(id);
        }
    }

    [Benchmark]
    public int EveryFramework()
    {
        var covered = 0;
        foreach (var id in FrameworkIds.All)
        {
            if (id != FrameworkIds.Iso42001)
            {
                covered += CoverageAnalysis.Analyze(_soa, id).Count(CoverageStatus.Covered);
            }
        }

        return covered;
    }
}
