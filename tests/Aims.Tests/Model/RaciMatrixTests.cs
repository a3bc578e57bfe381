using Aims.Model;

namespace Aims.Tests.Model;

public class RaciMatrixTests
{
    [Fact]
    public void Validate_reports_missing_and_double_accountability_and_missing_responsibility()
    {
        var raci = new RaciMatrix(
        [
            new RaciAssignment("Assess", "CRO", RaciCode.Accountable),
            new RaciAssignment("Assess", "CISO", RaciCode.Accountable),
            new RaciAssignment("Audit", "Auditor", RaciCode.Consulted),
            new RaciAssignment("Audit", "Auditor", RaciCode.Informed),
        ]);

        var result = raci.Validate();

        Assert.Equal(
        [
            (ModelDiagnosticCodes.RaciDuplicateAssignment, "/assignments/3/role"),
            (ModelDiagnosticCodes.RaciSeveralAccountable, "/assignments/0/activity"),
            (ModelDiagnosticCodes.RaciNoResponsible, "/assignments/0/activity"),
            (ModelDiagnosticCodes.RaciNoAccountable, "/assignments/2/activity"),
            (ModelDiagnosticCodes.RaciNoResponsible, "/assignments/2/activity"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(["CRO", "CISO", "Auditor"], raci.Roles);
        Assert.True(raci.HasRole(" CISO "));
    }
}
