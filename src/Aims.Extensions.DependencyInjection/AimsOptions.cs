using System.Globalization;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json;

namespace Aims.Extensions.DependencyInjection;

/// <summary>
/// Settings for <see cref="Microsoft.Extensions.DependencyInjection.AimsServiceCollectionExtensions.AddAims"/>: set
/// them in the configure callback. <see cref="Validate"/> reports every problem; the <c>AddAims…</c> methods call it
/// when the services are added and throw one exception listing them all.
/// </summary>
/// <remarks>Not thread-safe while being configured; the registered services are immutable.</remarks>
public sealed class AimsOptions
{
    /// <summary>Gets or sets the default FAIR simulation options of <see cref="IFairSimulator"/>.</summary>
    public FairSimulationOptions Simulation { get; set; } = new();

    /// <summary>Gets or sets the limits for reading JSON documents (<see cref="AimsJsonSerializer"/>).</summary>
    public AimsJsonReadOptions JsonRead { get; set; } = AimsJsonReadOptions.Default;

    /// <summary>Gets or sets a value indicating whether the <see cref="Crosswalk"/> includes the built-in mapping sets (default <see langword="true"/>).</summary>
    public bool IncludeBuiltInMappings { get; set; } = true;

    /// <summary>Gets the host's own mapping sets (for example read with <c>AimsCsv.ReadMappingSet</c> or <c>AimsJson.ReadMappingSet</c>), added to the <see cref="Crosswalk"/>.</summary>
    public IList<MappingSet> MappingSets { get; } = [];

    /// <summary>Gets or sets the ISO/IEC 42001 catalog, for example with licensed text attached (<see cref="FrameworkCatalog.WithLicensedText"/>).</summary>
    public FrameworkCatalog Catalog { get; set; } = Iso42001.Catalog;

    /// <summary>Gets or sets the clock (for OSCAL <c>last-modified</c>); registered unless the host registered one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Checks every option: the simulation options (<see cref="FairSimulationOptions.Validate"/>, paths under
    /// <c>/simulation</c>), the JSON read limits (<see cref="AimsJsonReadOptions.Validate"/>, under <c>/jsonRead</c>),
    /// required options that are <see langword="null"/>, a catalog of another framework, and the mapping sets (no <see langword="null"/>, ids unique
    /// together with the built-in sets when they are included).
    /// </summary>
    /// <returns>A result with these options as its value; valid when there is no problem. Never throws.</returns>
    public AimsResult<AimsOptions> Validate()
    {
        var problems = new List<AimsDiagnostic>();
        void Required(object? value, string path, string name)
        {
            if (value is null)
            {
                problems.Add(new AimsDiagnostic(DependencyInjectionDiagnosticCodes.OptionRequired, path, $"{name} must not be null."));
            }
        }

        static IEnumerable<AimsDiagnostic> Under(string prefix, IEnumerable<AimsDiagnostic> diagnostics) =>
            diagnostics.Select(d => new AimsDiagnostic(d.Code, prefix + d.Path, d.Message, d.Severity));

        Required(Simulation, "/simulation", nameof(Simulation));
        Required(JsonRead, "/jsonRead", nameof(JsonRead));
        Required(Catalog, "/catalog", nameof(Catalog));
        Required(TimeProvider, "/timeProvider", nameof(TimeProvider));
        if (Catalog is not null && Catalog.FrameworkId != Iso42001.FrameworkId)
        {
            problems.Add(new AimsDiagnostic(DependencyInjectionDiagnosticCodes.WrongCatalog, "/catalog",
                $"{nameof(Catalog)} must be the {Iso42001.FrameworkId} catalog (Iso42001.Catalog, optionally with licensed text attached), not '{Catalog.FrameworkId}'."));
        }

        if (Simulation is not null)
        {
            problems.AddRange(Under("/simulation", Simulation.Validate().Diagnostics));
        }

        if (JsonRead is not null)
        {
            problems.AddRange(Under("/jsonRead", JsonRead.Validate().Diagnostics));
        }

        var own = MappingSets.ToList();
        for (var i = 0; i < own.Count; i++)
        {
            if (own[i] is null)
            {
                problems.Add(new AimsDiagnostic(DependencyInjectionDiagnosticCodes.NullMappingSet, Pointer("/mappingSets", i),
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(MappingSets)} must not contain null (item {i}).")));
            }
        }

        var builtIn = IncludeBuiltInMappings ? BuiltInMappingSets.All : [];
        var ids = builtIn.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < own.Count; i++)
        {
            if (own[i] is { } set && !ids.Add(set.Id))
            {
                problems.Add(new AimsDiagnostic(DependencyInjectionDiagnosticCodes.DuplicateMappingSetId, Pointer("/mappingSets", i) + "/id",
                    $"Mapping set id '{set.Id}' is already used by {(builtIn.Any(b => string.Equals(b.Id, set.Id, StringComparison.Ordinal)) ? "a built-in mapping set" : "an earlier mapping set")}; ids must be unique."));
            }
        }

        return AimsResult.From(this, problems);
    }

    private static string Pointer(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}/{index}");
}
