using Aims.Extensions.DependencyInjection;
using Aims.Mapping;
using Aims.Risk;
using Aims.Serialization.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.DependencyInjection;

public class AimsOptionsTests
{
    [Fact]
    public void Validate_reports_every_problem_with_its_path_and_code()
    {
        var options = new AimsOptions
        {
            Simulation = new FairSimulationOptions { Trials = 0, ValueAtRiskConfidence = 2 },
            JsonRead = new AimsJsonReadOptions { MaxDepth = 0 },
            Catalog = null!,
            TimeProvider = null!,
        };
        options.MappingSets.Add(null!);
        options.MappingSets.Add(BuiltInMappingSets.All[0]);

        var diagnostics = options.Validate().Diagnostics;

        Assert.Equal(
        [
            (DependencyInjectionDiagnosticCodes.OptionRequired, "/catalog"),
            (DependencyInjectionDiagnosticCodes.OptionRequired, "/timeProvider"),
            (RiskDiagnosticCodes.InvalidSimulationOption, "/simulation/trials"),
            (RiskDiagnosticCodes.InvalidSimulationOption, "/simulation/valueAtRiskConfidence"),
            (JsonDiagnosticCodes.InvalidReadOption, "/jsonRead/maxDepth"),
            (DependencyInjectionDiagnosticCodes.NullMappingSet, "/mappingSets/0"),
            (DependencyInjectionDiagnosticCodes.DuplicateMappingSetId, "/mappingSets/1/id"),
        ], diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal("MaxDepth must be 1..64; got 0.", diagnostics[4].Message);
        Assert.Contains($"'{BuiltInMappingSets.All[0].Id}' is already used by a built-in mapping set", diagnostics[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_a_catalog_of_another_framework()
    {
        var options = new AimsOptions { Catalog = FrameworkCatalogs.Get(FrameworkIds.NistAiRmf) };

        var problem = Assert.Single(options.Validate().Diagnostics);

        Assert.Equal((DependencyInjectionDiagnosticCodes.WrongCatalog, "/catalog"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Validate_accepts_the_defaults_and_own_sets_only_once_built_ins_are_left_out()
    {
        var options = new AimsOptions { IncludeBuiltInMappings = false };
        options.MappingSets.Add(BuiltInMappingSets.All[0]);

        Assert.True(new AimsOptions().Validate().IsValid);
        Assert.True(options.Validate().TryGetValue(out var value));
        Assert.Same(options, value);
        options.MappingSets.Add(BuiltInMappingSets.All[0]);
        Assert.Contains("an earlier mapping set", Assert.Single(options.Validate().Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAims_message_lists_each_problem_with_its_path_and_no_exception_text()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAims(o =>
        {
            o.Simulation = new FairSimulationOptions { Trials = 0 };
            o.JsonRead = new AimsJsonReadOptions { MaxDocumentBytes = 0 };
        }));

        Assert.Equal("configure", ex.ParamName);
        Assert.StartsWith(
            "Invalid Aims options: /simulation/trials: Trials must be 1..50,000,000; got 0. /jsonRead/maxDocumentBytes: MaxDocumentBytes must be 1..1,073,741,824; got 0.",
            ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter 'options'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter 'readOptions'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AimsOptions_lives_in_an_Aims_namespace_and_only_the_extensions_in_Microsofts()
    {
        Assert.Equal("Aims.Extensions.DependencyInjection", typeof(AimsOptions).Namespace);
        Assert.Equal("Microsoft.Extensions.DependencyInjection", typeof(AimsServiceCollectionExtensions).Namespace);
        Assert.All(typeof(AimsOptions).Assembly.GetExportedTypes().Where(t => t != typeof(AimsServiceCollectionExtensions)),
            t => Assert.Equal("Aims.Extensions.DependencyInjection", t.Namespace));
    }
}
