using Aims.Model;
using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace Aims.Tests.Model;

/// <summary>FsCheck generators for the model, built through public constructors only.</summary>
public static class ModelArbitraries
{
    internal static readonly string[] Levels = ["public", "internal", "confidential", "restricted"];

    private static readonly string[] Roles = ["CRO", "CISO", "DPO", "CTO", "Lead"];

    private static readonly string[] Activities = ["Assess", "Approve", "Audit"];

    private static Gen<string> Ids(string prefix, int max) => Gen.Choose(1, max).Select(i => $"{prefix}{i}");

    public static Arbitrary<DataSource[]> DataSourceLists() =>
        (from use in Gen.Elements(Enum.GetValues<DataUse>())
         from level in Gen.Elements([.. Levels, "unknown-label"])
         select (use, level))
        .ListOf()
        .Select(list => list.Select((x, i) => new DataSource($"ds{i}", $"Source {i}", x.level, x.use)).ToArray())
        .ToArbitrary();

    public static Arbitrary<SoaEntry> SoaEntries() =>
        (from control in Gen.Elements([.. Iso42001Catalog.Default.Controls.Select(c => c.Id)])
         from applicable in ArbMap.Default.GeneratorFor<bool>()
         from justification in Gen.Elements<string?>(null, "Required by law", "Not relevant")
         from status in Gen.Elements(Enum.GetValues<ImplementationStatus>())
         from owner in Gen.Elements<string?>([null, .. Roles])
         from risks in Ids("R-", 4).ListOf().Select(l => l.Distinct().ToArray())
         select new SoaEntry(control, applicable, justification, status, owner, risks))
        .ToArbitrary();

    public static Arbitrary<StatementOfApplicability> Soas() =>
        (from version in Gen.Choose(1, 9)
         from entries in SoaEntries().Generator.ListOf()
         select new StatementOfApplicability(new DocumentRevision($"{version}.0"), entries))
        .ToArbitrary();

    public static Arbitrary<RaciAssignment[]> RaciAssignments() =>
        (from activity in Gen.Elements(Activities)
         from role in Gen.Elements(Roles)
         from code in Gen.Elements(Enum.GetValues<RaciCode>())
         select new RaciAssignment(activity, role, code))
        .ArrayOf()
        .ToArbitrary();

    public static Arbitrary<AiSystem> Systems() => FromSeed(g => g.System());

    public static Arbitrary<RiskEntry> Risks() => FromSeed(g => g.Risk());

    public static Arbitrary<AimsWorkspace> Workspaces() => FromSeed(g => g.Workspace());

    private static Arbitrary<T> FromSeed<T>(Func<Serialization.ModelGenerator, T> build) =>
        Gen.Choose(1, int.MaxValue).Select(seed => build(new Serialization.ModelGenerator(seed, size: 3))).ToArbitrary();

    public static Arbitrary<RiskRating> RiskRatings() =>
        (from l in Gen.Choose(1, 5) from i in Gen.Choose(1, 5) select new RiskRating(l, i)).ToArbitrary();
}
