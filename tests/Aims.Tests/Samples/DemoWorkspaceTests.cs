using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Json;

namespace Aims.Tests.Samples;

public class DemoWorkspaceTests
{
    [Fact]
    public void Create_is_realistic_and_valid_as_of_its_date()
    {
        var workspace = DemoWorkspace.Create();
        var result = workspace.Validate(DemoWorkspace.AsOf);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(9, workspace.Systems.Length);
        Assert.Single(workspace.Systems, s => s.IsShadowAi);
        Assert.Contains(workspace.Systems, s => s.Components.Any(c => c.Kind == ComponentKind.ExternalModelApi));
        Assert.NotEmpty(workspace.Incidents);
        Assert.True(workspace.Soa!.Validate().IsValid);
    }

    [Fact]
    public void Create_builds_equal_workspaces_on_every_call()
    {
        Assert.Equal(DemoWorkspace.Create(), DemoWorkspace.Create());
        Assert.Equal(DemoWorkspace.Scenarios(), DemoWorkspace.Scenarios());
    }

    [Fact]
    public void Web_api_document_is_the_demo_workspace()
    {
        // The web API sample reads this file at start-up as untrusted input; it must not drift from the demo data.
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "Aims.WebApi", "demo-workspace.json");

        var read = AimsJson.ReadWorkspace(File.ReadAllText(path));

        Assert.True(read.TryGetValue(out var workspace), string.Join(Environment.NewLine, read.Diagnostics));
        Assert.True(DemoWorkspace.Create() == workspace,
            "samples/Aims.WebApi/demo-workspace.json differs from DemoWorkspace.Create(); regenerate it with: aims export workspace --out samples/Aims.WebApi/demo-workspace.json");
    }
}
