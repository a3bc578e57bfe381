using Aims.Model;
using Aims.Serialization.Json;

namespace Aims.Tests.Model;

/// <summary>
/// Types converted to D4 construction (issue 11 §3): required values in the constructor, the rest through validated
/// <c>With…</c> copies, so adjacent optional dates or strings cannot be swapped silently.
/// </summary>
public class EvolvableTypesTests
{
    [Fact]
    public void CorrectiveAction_starts_open_and_its_completion_date_is_set_by_name()
    {
        var open = new CorrectiveAction("Add drift alerts", "ML lead", new DateOnly(2026, 12, 15));

        var done = open.WithCompletedOn(new DateOnly(2026, 12, 1));

        Assert.Null(open.CompletedOn);
        Assert.True(open.IsOverdue(new DateOnly(2026, 12, 16)));
        Assert.Equal((new DateOnly(2026, 12, 15), (DateOnly?)new DateOnly(2026, 12, 1)), (done.DueOn, done.CompletedOn));
        Assert.False(done.IsOverdue(new DateOnly(2026, 12, 16)));
        Assert.Equal((open.Description, open.Owner), (done.Description, done.Owner));
        Assert.NotEqual(open, done);
        Assert.Equal(open, done.WithCompletedOn(null));
        Assert.Equal(open.GetHashCode(), done.WithCompletedOn(null).GetHashCode());
    }

    [Fact]
    public void CertificationMilestone_starts_planned_and_completion_and_outcome_are_set_by_name()
    {
        var planned = new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 8, 20));

        var held = planned.WithCompletedOn(new DateOnly(2026, 8, 21)).WithOutcome("  Recommended for certification  ");

        Assert.Equal(((DateOnly?)null, (string?)null), (planned.CompletedOn, planned.Outcome));
        Assert.Equal(new DateOnly(2026, 8, 20), planned.EffectiveDate);
        Assert.Equal((new DateOnly(2026, 8, 20), (DateOnly?)new DateOnly(2026, 8, 21)), (held.PlannedOn, held.CompletedOn));
        Assert.Equal(new DateOnly(2026, 8, 21), held.EffectiveDate);
        Assert.Equal("Recommended for certification", held.Outcome);
        Assert.NotEqual(planned, held);
        Assert.Equal(planned, held.WithCompletedOn(null).WithOutcome(" "));
    }

    [Fact]
    public void RiskAcceptance_rationale_is_set_by_name()
    {
        var accepted = new RiskAcceptance("CRO", new DateOnly(2026, 4, 2));

        var reasoned = accepted.WithRationale("  Within appetite  ");

        Assert.Null(accepted.Rationale);
        Assert.Equal("Within appetite", reasoned.Rationale);
        Assert.Equal((accepted.AcceptedBy, accepted.AcceptedOn), (reasoned.AcceptedBy, reasoned.AcceptedOn));
        Assert.NotEqual(accepted, reasoned);
        Assert.Equal(accepted, reasoned.WithRationale(null));
    }

    [Fact]
    public void DeploymentEnvironment_account_is_set_by_name_so_three_strings_cannot_be_swapped()
    {
        var region = new DeploymentEnvironment("aws", "eu-central-1");

        var account = region.WithAccount("  lending-prod  ");

        Assert.Null(region.Account);
        Assert.Equal(("aws", "eu-central-1", "lending-prod"), (account.Provider, account.Region, account.Account));
        Assert.NotEqual(region, account);
        Assert.Equal(region, account.WithAccount(""));
        Assert.Equal(region.GetHashCode(), account.WithAccount(null).GetHashCode());
    }

    [Fact]
    public void EvidenceReference_location_and_collection_date_are_set_by_name()
    {
        var other = new EvidenceReference("AI policy v3");
        var card = new EvidenceReference("Model card", EvidenceKind.ModelCard);

        var located = card.WithLocation(" DOC-1182 ").WithCollectedOn(new DateOnly(2026, 7, 30));

        Assert.Equal(EvidenceKind.Other, other.Kind);
        Assert.Equal(((string?)null, (DateOnly?)null), (card.Location, card.CollectedOn));
        Assert.Equal(("Model card", EvidenceKind.ModelCard, "DOC-1182", (DateOnly?)new DateOnly(2026, 7, 30)), (located.Title, located.Kind, located.Location, located.CollectedOn));
        Assert.NotEqual(card, located);
        Assert.Equal(card, located.WithLocation(null).WithCollectedOn(null));
    }

    [Fact]
    public void DataSource_origin_is_set_by_name()
    {
        var source = new DataSource("bureau", "Credit bureau attributes", "restricted", DataUse.Training);

        var traced = source.WithOrigin("  Credit bureau (IF-2)  ");

        Assert.Null(source.Origin);
        Assert.Equal("Credit bureau (IF-2)", traced.Origin);
        Assert.Equal((source.Id, source.Name, source.Classification, source.Use), (traced.Id, traced.Name, traced.Classification, traced.Use));
        Assert.True(traced.IsTrainingData);
        Assert.NotEqual(source, traced);
        Assert.Equal(source, traced.WithOrigin(" "));
    }

    [Fact]
    public void ScopeBoundary_system_is_set_by_name_so_it_cannot_be_swapped_with_the_justification()
    {
        var boundary = new ScopeBoundary("Credit scoring", true, "High-risk system");

        var about = boundary.WithSystemId("credit-scoring");

        Assert.Null(boundary.SystemId);
        Assert.Equal(("Credit scoring", true, "High-risk system", "credit-scoring"), (about.Description, about.IsIncluded, about.Justification, about.SystemId));
        Assert.NotEqual(boundary, about);
        Assert.Equal(boundary, about.WithSystemId(null));
    }

    [Fact]
    public void ManagementReviewDecision_owner_and_due_date_are_set_by_name()
    {
        var decision = new ManagementReviewDecision("Fund drift monitoring", changesAims: false);

        var assigned = decision.WithOwner("  ML lead  ").WithDueOn(new DateOnly(2026, 12, 15));

        Assert.Equal(((string?)null, (DateOnly?)null), (decision.Owner, decision.DueOn));
        Assert.Equal(("Fund drift monitoring", false, "ML lead", (DateOnly?)new DateOnly(2026, 12, 15)), (assigned.Decision, assigned.ChangesAims, assigned.Owner, assigned.DueOn));
        Assert.NotEqual(decision, assigned);
        Assert.Equal(decision, assigned.WithOwner(null).WithDueOn(null));
    }

    [Fact]
    public void CertificationPlan_milestones_and_expiry_are_set_by_name()
    {
        var plan = new CertificationPlan("CB");
        var stage2 = new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 8, 20)).WithCompletedOn(new DateOnly(2026, 8, 21));

        var certified = plan.WithMilestones([stage2]).WithCertificateExpiresOn(new DateOnly(2029, 8, 20));

        Assert.Empty(plan.Milestones);
        Assert.Null(plan.CertificateExpiresOn);
        Assert.False(plan.IsCertified);
        Assert.Equal([stage2], certified.Milestones);
        Assert.Equal(new DateOnly(2029, 8, 20), certified.CertificateExpiresOn);
        Assert.True(certified.IsCertified);
        Assert.NotEqual(plan, certified);
        Assert.Equal(plan, certified.WithMilestones([]).WithCertificateExpiresOn(null));
        Assert.Equal(plan.GetHashCode(), certified.WithMilestones([]).WithCertificateExpiresOn(null).GetHashCode());
    }

    [Fact]
    public void Readers_still_report_a_bad_value_at_the_member_it_names()
    {
        const string Json = """
            {"kind": "workspace", "schemaVersion": "1.0", "organization": "Org",
             "scope": {"boundaries": [{"description": "Chatbot", "isIncluded": true, "justification": "facing", "systemId": "not an id"}]},
             "systems": [{"id": "a", "name": "A", "deployments": [{"provider": " ", "region": "eu", "account": "prod"}]}]}
            """;

        var paths = AimsJson.ReadWorkspace(Json).Diagnostics.Select(d => d.Path).ToArray();

        Assert.Contains("/scope/boundaries/0/systemId", paths);
        Assert.Contains("/systems/0/deployments/0/provider", paths);
    }

    private static readonly Dictionary<string, Action> InvalidValues = new(StringComparer.Ordinal)
    {
        ["CorrectiveAction.description"] = () => _ = new CorrectiveAction(" ", "Dev", new DateOnly(2026, 1, 1)),
        ["CorrectiveAction.owner"] = () => _ = new CorrectiveAction("fix", "", new DateOnly(2026, 1, 1)).WithCompletedOn(new DateOnly(2026, 1, 2)),
        ["CertificationMilestone.stage"] = () => _ = new CertificationMilestone((CertificationStage)99, new DateOnly(2026, 1, 1)).WithOutcome("ok"),
        ["RiskAcceptance.acceptedBy"] = () => _ = new RiskAcceptance(" ", new DateOnly(2026, 1, 1)).WithRationale("why"),
        ["DeploymentEnvironment.provider"] = () => _ = new DeploymentEnvironment(" ", "eu-west-1").WithAccount("prod"),
        ["DeploymentEnvironment.region"] = () => _ = new DeploymentEnvironment("aws", "").WithAccount("prod"),
        ["EvidenceReference.title"] = () => _ = new EvidenceReference(" ").WithLocation("DOC-1"),
        ["EvidenceReference.kind"] = () => _ = new EvidenceReference("Card", (EvidenceKind)99).WithCollectedOn(new DateOnly(2026, 1, 1)),
        ["DataSource.id"] = () => _ = new DataSource("bad id!", "Name", "public", DataUse.Training).WithOrigin("x"),
        ["DataSource.classification"] = () => _ = new DataSource("ds", "Name", " ", DataUse.Training).WithOrigin("x"),
        ["DataSource.use"] = () => _ = new DataSource("ds", "Name", "public", (DataUse)99).WithOrigin("x"),
        ["ScopeBoundary.systemId"] = () => new ScopeBoundary("Chatbot", true, "customer facing").WithSystemId("not an id"),
        ["ScopeBoundary.justification"] = () => _ = new ScopeBoundary("Chatbot", true, " ").WithSystemId("S-1"),
        ["ManagementReviewDecision.decision"] = () => _ = new ManagementReviewDecision(" ", changesAims: true).WithOwner("CEO"),
        ["CertificationPlan.milestones"] = () => new CertificationPlan("CB").WithMilestones([null!]),
        ["CertificationPlan.certificationBody"] = () => _ = new CertificationPlan("").WithCertificateExpiresOn(new DateOnly(2029, 1, 1)),
    };

    [Theory]
    [InlineData("CorrectiveAction.description")]
    [InlineData("CorrectiveAction.owner")]
    [InlineData("CertificationMilestone.stage")]
    [InlineData("RiskAcceptance.acceptedBy")]
    [InlineData("DeploymentEnvironment.provider")]
    [InlineData("DeploymentEnvironment.region")]
    [InlineData("EvidenceReference.title")]
    [InlineData("EvidenceReference.kind")]
    [InlineData("DataSource.id")]
    [InlineData("DataSource.classification")]
    [InlineData("DataSource.use")]
    [InlineData("ScopeBoundary.systemId")]
    [InlineData("ScopeBoundary.justification")]
    [InlineData("ManagementReviewDecision.decision")]
    [InlineData("CertificationPlan.milestones")]
    [InlineData("CertificationPlan.certificationBody")]
    public void Invalid_values_throw_naming_the_member_so_readers_report_its_path(string typeAndMember) =>
        Assert.Equal(typeAndMember[(typeAndMember.IndexOf('.', StringComparison.Ordinal) + 1)..], Assert.ThrowsAny<ArgumentException>(InvalidValues[typeAndMember]).ParamName);
}
