using Aims.Model;
using Aims.Serialization.Json;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

/// <summary>Reading and validating are two steps: validation findings never cost the value.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class JsonDraftRoundTripProperties
{
    [Property(MaxTest = 150)]
    public Property Any_workspace_the_constructors_accept_reads_back_equal_with_its_findings(AimsWorkspace workspace, bool makeDraft)
    {
        var original = makeDraft ? Draft(workspace) : workspace;
        var findings = original.Validate().Diagnostics.Select(d => (d.Code, d.Path, d.Severity));

        var read = AimsJson.ReadWorkspace(AimsJson.Write(original));

        return (read.TryGetPartialValue(out var back) && back.Equals(original)).Label("value read back equal")
            .And((read.Records?.Rejected == 0).Label("no record left out"))
            .And(read.Diagnostics.Select(d => (d.Code, d.Path, d.Severity)).SequenceEqual(findings).Label("the model's findings, at the model's pointers"))
            .And((!makeDraft || !read.IsValid).Label("a draft has errors"));
    }

    [Fact]
    public void A_draft_with_errors_reads_back_equal_and_without_validation_is_valid()
    {
        var draft = Draft(new AimsWorkspace("Org"));

        var validated = AimsJson.ReadWorkspace(AimsJson.Write(draft));
        var unvalidated = AimsJson.ReadWorkspace(AimsJson.Write(draft), new AimsJsonReadOptions { ValidateModel = false });

        Assert.False(validated.IsValid);
        Assert.Contains(validated.Diagnostics, d => (d.Code, d.Path) == (ModelDiagnosticCodes.UnknownSystem, "/risks/0/systemIds/0"));
        Assert.Equal(draft, validated.Partial());
        Assert.True(unvalidated.TryGetValue(out var loaded));
        Assert.Equal(draft, loaded);
    }

    /// <summary>Adds errors the constructors accept and validation reports: duplicate system ids, a risk on an unknown system.</summary>
    private static AimsWorkspace Draft(AimsWorkspace workspace) =>
        workspace
            .WithRisks([new RiskEntry("R-ghost", "Ghost risk", "Nobody", new Aims.Risk.RiskRating(2, 3)).WithSystemIds(["ghost-system"]), .. workspace.Risks])
            .WithSystems([.. workspace.Systems, new AiSystem("dup", "One"), new AiSystem("dup", "Two")]);
}
