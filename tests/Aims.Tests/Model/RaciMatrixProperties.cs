using Aims.Model;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class RaciMatrixProperties
{
    [Property]
    public bool Valid_exactly_when_each_activity_has_one_A_at_least_one_R_and_no_repeated_role(RaciAssignment[] cells)
    {
        var expected = cells.GroupBy(c => c.Activity).All(g =>
            g.Count(c => c.Code == RaciCode.Accountable) == 1
            && g.Any(c => c.Code == RaciCode.Responsible)
            && g.Select(c => c.Role).Distinct().Count() == g.Count());

        return new RaciMatrix(cells).Validate().IsValid == expected;
    }

    [Property]
    public bool Each_activity_gets_at_most_one_diagnostic_per_rule(RaciAssignment[] cells)
    {
        var diagnostics = new RaciMatrix(cells).Validate().Diagnostics;
        var activityRules = diagnostics.Where(d => d.Code != ModelDiagnosticCodes.RaciDuplicateAssignment);

        return activityRules.GroupBy(d => (d.Code, d.Message)).All(g => g.Count() == 1)
            && activityRules.Count() <= 2 * cells.Select(c => c.Activity).Distinct().Count();
    }
}
