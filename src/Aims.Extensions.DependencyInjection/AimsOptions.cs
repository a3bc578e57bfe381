using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Settings for <see cref="AimsServiceCollectionExtensions.AddAims"/>: set them in the configure callback; they are
/// validated when the services are added, with every problem in one exception.
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

    /// <summary>Gets or sets the ISO/IEC 42001 catalog, for example with licensed text attached (<see cref="Iso42001Catalog.WithLicensedText"/>).</summary>
    public Iso42001Catalog Catalog { get; set; } = Iso42001Catalog.Default;

    /// <summary>Gets or sets the clock (for OSCAL <c>last-modified</c>); registered unless the host registered one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
