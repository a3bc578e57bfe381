using Aims.Model;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

public class ObjectivesAndCompetenceTests
{
    private static readonly DateOnly Due = new(2026, 12, 31);

    private static AiObjective Coverage() =>
        new AiObjective("OBJ-1", "Assess every system", "DPO", "share assessed", 100, ObjectiveDirection.AtLeast, Due).WithUnit("%").WithBaseline(20);

    private static RaciMatrix Raci() => new(
    [
        new RaciAssignment("Impact assessment", "DPO", RaciCode.Accountable),
        new RaciAssignment("Impact assessment", "Governance lead", RaciCode.Responsible),
        new RaciAssignment("Impact assessment", "CISO", RaciCode.Consulted),
    ]);

    [Fact]
    public void An_objective_moves_from_not_measured_to_in_progress_to_achieved_or_missed()
    {
        var objective = Coverage();

        Assert.Equal(ObjectiveStatus.NotMeasured, objective.StatusAt(new DateOnly(2026, 6, 1)));
        Assert.Equal(ObjectiveStatus.Missed, objective.StatusAt(Due.AddDays(1)));

        var measured = objective.Record(new ObjectiveMeasurement(new DateOnly(2026, 9, 30), 60)).Record(new ObjectiveMeasurement(new DateOnly(2026, 6, 30), 40));

        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30)], measured.Measurements.Select(m => m.MeasuredOn));   // kept in date order
        Assert.Equal(ObjectiveStatus.InProgress, measured.StatusAt(new DateOnly(2026, 10, 1)));
        Assert.Equal(0.5, measured.ProgressAt(new DateOnly(2026, 10, 1)));   // 20 → 60 of 20 → 100
        Assert.Equal(0.25, measured.ProgressAt(new DateOnly(2026, 7, 1)));   // only what was measured by then counts
        Assert.Equal(ObjectiveStatus.Missed, measured.StatusAt(Due.AddDays(1)));

        var met = measured.Record(new ObjectiveMeasurement(new DateOnly(2026, 12, 1), 100));
        Assert.Equal(ObjectiveStatus.Achieved, met.StatusAt(Due.AddDays(30)));
        Assert.Equal(1, met.ProgressAt());
    }

    [Fact]
    public void At_most_objectives_are_met_at_or_below_the_target()
    {
        var objective = new AiObjective("OBJ-2", "Resolve fast", "CISO", "median days", 3, ObjectiveDirection.AtMost, Due).WithBaseline(6);

        Assert.True(objective.Meets(3));
        Assert.False(objective.Meets(3.5));
        Assert.Equal(0.5, objective.Record(new ObjectiveMeasurement(new DateOnly(2026, 6, 1), 4.5)).ProgressAt());
        Assert.Equal(0, objective.Record(new ObjectiveMeasurement(new DateOnly(2026, 6, 1), 9)).ProgressAt());   // worse than the baseline: clamped
        Assert.Null(objective.WithBaseline(null).Record(new ObjectiveMeasurement(new DateOnly(2026, 6, 1), 4.5)).ProgressAt());
    }

    [Fact]
    public void Bad_objective_values_are_caller_bugs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiObjective("O", "t", "o", "m", double.NaN, ObjectiveDirection.AtLeast, Due));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiObjective("O", "t", "o", "m", 1, (ObjectiveDirection)9, Due));
        Assert.Throws<ArgumentException>(() => new AiObjective("O", "t", " ", "m", 1, ObjectiveDirection.AtLeast, Due));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ObjectiveMeasurement(Due, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Coverage().WithBaseline(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompetenceRecord("p", "r", "c", CompetenceBasis.Training, Due, Due.AddDays(-1)));
    }

    [Fact]
    public void Validation_warns_about_missed_and_unmonitored_objectives_and_checks_references()
    {
        var workspace = new AimsWorkspace("Org").WithRaci(Raci()).WithObjectives(
        [
            Coverage().WithPolicyId("POL-X").WithSystemIds(["ghost"]),
            Coverage().WithMeasurements([new ObjectiveMeasurement(new DateOnly(2025, 1, 1), 30)]),
        ]);

        var diagnostics = workspace.Validate(asOf: new DateOnly(2026, 6, 1)).Diagnostics.Select(d => (d.Code, d.Path)).ToList();

        Assert.Contains((ModelDiagnosticCodes.UnknownPolicy, "/objectives/0/policyId"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.UnknownSystem, "/objectives/0/systemIds/0"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.DuplicateId, "/objectives/1/id"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.ObjectiveNotMeasured, "/objectives/0/measurements"), diagnostics);   // never measured
        Assert.Contains((ModelDiagnosticCodes.ObjectiveNotMeasured, "/objectives/1/measurements"), diagnostics);   // last measured 17 months ago
        Assert.DoesNotContain(diagnostics, d => d.Code == ModelDiagnosticCodes.ObjectiveMissed);

        var late = workspace.Validate(asOf: Due.AddDays(1)).Diagnostics;
        Assert.Equal(2, late.Count(d => d.Code == ModelDiagnosticCodes.ObjectiveMissed));
        Assert.DoesNotContain(workspace.Validate().Diagnostics, d => d.Code is ModelDiagnosticCodes.ObjectiveMissed or ModelDiagnosticCodes.ObjectiveNotMeasured);
    }

    [Fact]
    public void Objective_owners_must_be_raci_roles()
    {
        var workspace = new AimsWorkspace("Org").WithRaci(Raci()).WithObjectives([new AiObjective("O", "t", "Nobody", "m", 1, ObjectiveDirection.AtLeast, Due)]);

        Assert.Contains(workspace.Validate().Diagnostics, d => d.Code == ModelDiagnosticCodes.UnknownOwner && d.Path == "/objectives/0/owner");
    }

    [Fact]
    public void Competence_gaps_name_undefined_roles_missing_and_lapsed_records()
    {
        var register = new CompetenceRegister(
            [new CompetenceRequirement("DPO", "Impact assessment"), new CompetenceRequirement("DPO", "EU AI Act"), new CompetenceRequirement("Ghost", "Anything")],
            [
                new CompetenceRecord("A. Rahman", "DPO", "Impact assessment", CompetenceBasis.Training, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)),
                new CompetenceRecord("A. Rahman", "DPO", "Impact assessment", CompetenceBasis.Experience, new DateOnly(2020, 1, 1)),
                new CompetenceRecord("B. Lee", "DPO", "EU AI Act", CompetenceBasis.Training, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)),
                new CompetenceRecord("C. Kim", "Former role", "EU AI Act", CompetenceBasis.Training, new DateOnly(2025, 1, 1)),
            ]);

        var gaps = register.GapsAgainst(Raci(), new DateOnly(2026, 6, 1));

        Assert.Equal(
            [("DPO", "EU AI Act", CompetenceGapKind.Expired), ("Governance lead", null, CompetenceGapKind.NotDefined), ("Ghost", "Anything", CompetenceGapKind.NoRecord)],
            gaps.Select(g => (g.Role, g.Competence, g.Kind)));   // experience without expiry keeps the DPO's impact assessment current; consulted roles need nothing
        Assert.Equal("Every record of 'EU AI Act' in role 'DPO' has lapsed (the last on 2026-01-01); renew it.", gaps[0].Message);
        Assert.Equal(2, register.GapsAgainst(Raci()).Count);   // without a date, any record counts

        var diagnostics = new AimsWorkspace("Org").WithRaci(Raci()).WithCompetence(register).Validate(asOf: new DateOnly(2026, 6, 1)).Diagnostics.Select(d => (d.Code, d.Path)).ToList();
        Assert.Contains((ModelDiagnosticCodes.CompetenceGap, "/competence/requirements/1"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.CompetenceNotDefined, "/raci/assignments/1"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.CompetenceGap, "/competence/requirements/2"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.CompetenceRoleNotInRaci, "/competence/requirements/2/role"), diagnostics);
        Assert.Contains((ModelDiagnosticCodes.CompetenceRoleNotInRaci, "/competence/records/3/role"), diagnostics);
    }

    [Fact]
    public void An_empty_register_gives_no_competence_warnings_and_leaves_clause_7_2_open()
    {
        var workspace = new AimsWorkspace("Org").WithRaci(Raci());

        Assert.DoesNotContain(workspace.Validate().Diagnostics, d => d.Code.StartsWith("AIMS107", StringComparison.Ordinal));
        Assert.False(ClauseEvidence.FromWorkspace(workspace).Clauses.ContainsKey("7.2"));
        Assert.False(ClauseEvidence.FromWorkspace(workspace).Clauses.ContainsKey("6.2"));
    }

    [Fact]
    public void Clauses_6_2_and_7_2_count_when_objectives_are_measured_and_every_working_role_is_covered()
    {
        var register = new CompetenceRegister(
            [new CompetenceRequirement("DPO", "Impact assessment"), new CompetenceRequirement("Governance lead", "Impact assessment")],
            [
                new CompetenceRecord("A", "DPO", "Impact assessment", CompetenceBasis.Training, new DateOnly(2026, 1, 1)),
                new CompetenceRecord("B", "Governance lead", "Impact assessment", CompetenceBasis.Training, new DateOnly(2026, 3, 1)),
            ]);
        var workspace = new AimsWorkspace("Org").WithRaci(Raci()).WithCompetence(register)
            .WithObjectives([Coverage().Record(new ObjectiveMeasurement(new DateOnly(2026, 2, 1), 50))]);

        var now = ClauseEvidence.FromWorkspace(workspace, new DateOnly(2026, 6, 1)).Clauses;
        var before = ClauseEvidence.FromWorkspace(workspace, new DateOnly(2026, 1, 15)).Clauses;

        Assert.Equal("1 AI objective, 1 measured", now["6.2"].Description);
        Assert.True(now.ContainsKey("7.2"));
        Assert.False(before.ContainsKey("6.2"));   // measured later
        Assert.False(before.ContainsKey("7.2"));   // the lead's training came later
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Status_is_achieved_exactly_when_the_latest_measurement_meets_the_target(AiObjective objective, DateTime day)
    {
        var asOf = DateOnly.FromDateTime(day);
        var latest = objective.LatestAsOf(asOf);
        var status = objective.StatusAt(asOf);
        var progress = objective.ProgressAt(asOf);

        return (status == ObjectiveStatus.Achieved) == (latest is not null && objective.Meets(latest.Value))
            && (progress is null || (progress >= 0 && progress <= 1))
            && (status != ObjectiveStatus.Missed || asOf > objective.TargetDate);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Every_gap_names_a_working_role_or_a_stated_requirement(CompetenceRegister register, DateTime day)
    {
        var raci = Raci();
        var gaps = register.GapsAgainst(raci, DateOnly.FromDateTime(day));

        return gaps.All(g => g.Kind == CompetenceGapKind.NotDefined
            ? raci.Assignments.Any(a => a.Role == g.Role && a.Code is RaciCode.Responsible or RaciCode.Accountable) && !register.Requirements.Any(r => r.Role == g.Role)
            : register.Requirements.Any(r => r.Role == g.Role && r.Competence == g.Competence));
    }
}
