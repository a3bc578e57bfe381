using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class CompetenceCsvTests
{
    [Fact]
    public void An_lms_export_is_read_with_its_own_column_names_and_bad_rows_are_reported()
    {
        const string Csv = """
            Employee,Role,Course,Basis,Completed,ValidUntil,Evidence
            P. Silva,SOC Lead,AI incident triage,training,2026-10-01,2027-10-01,LMS 4711
            T. Okafor,Internal Auditor,ISO/IEC 42001 internal auditing,seminar,2026-01-01,,
            ,CISO,AI security threats,certification,2025-09-01,,
            K. Tanaka,ML Platform Lead,Bias testing,training,2026-05-01,2026-04-01,
            A. Rahman,Data Protection Officer,EU AI Act obligations,training,next week,,
            """;

        var result = AimsCsv.ReadCompetenceRecords(new StringReader(Csv));

        var record = Assert.Single(result.Partial());
        Assert.Equal(("P. Silva", "AI incident triage", CompetenceBasis.Training, new DateOnly(2027, 10, 1), "LMS 4711"),
            (record.Person, record.Competence, record.Basis, record.ExpiresOn!.Value, record.Evidence));
        Assert.Equal((5, 1), (result.Records!.Value.Read, result.Records.Value.Accepted));
        Assert.Equal(["/rows/3/Basis", "/rows/4/Person", "/rows/5/ExpiresOn", "/rows/6/AchievedOn"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void The_demo_records_written_and_read_back_give_the_same_gaps()
    {
        var workspace = DemoWorkspace.Create();
        var writer = new StringWriter();
        AimsCsv.WriteCompetenceRecords(writer, workspace.Competence.Records);

        var records = AimsCsv.ReadCompetenceRecords(new StringReader(writer.ToString())).Partial();
        var register = new CompetenceRegister(workspace.Competence.Requirements, records);

        Assert.Equal(workspace.Competence.GapsAgainst(workspace.Raci, DemoWorkspace.AsOf), register.GapsAgainst(workspace.Raci, DemoWorkspace.AsOf));
        Assert.StartsWith("Person,Role,Competence,Basis,AchievedOn,ExpiresOn,Evidence", writer.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property Competence_records_round_trip(CompetenceRegister register)
    {
        var writer = new StringWriter();
        AimsCsv.WriteCompetenceRecords(writer, register.Records);
        var result = AimsCsv.ReadCompetenceRecords(new StringReader(writer.ToString()));
        return (result.IsValid && result.Partial().SequenceEqual(register.Records)).Label(string.Join("\n", result.Diagnostics) + "\n" + writer);
    }
}
