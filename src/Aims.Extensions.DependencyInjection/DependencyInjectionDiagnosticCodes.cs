namespace Aims.Extensions.DependencyInjection;

/// <summary>
/// The stable codes of the diagnostics that <see cref="AimsOptions.Validate"/> reports for the options of its own
/// (AIMS6xxx); the simulation and JSON options keep their packages' codes. Each code is documented once in
/// <c>docs/diagnostics.md</c> and never reused for another meaning.
/// </summary>
public static class DependencyInjectionDiagnosticCodes
{
    /// <summary>AIMS6001: a required option (simulation, JSON read limits, catalog, clock) is <see langword="null"/>.</summary>
    public const string OptionRequired = "AIMS6001";

    /// <summary>AIMS6002: the host's mapping sets contain <see langword="null"/>.</summary>
    public const string NullMappingSet = "AIMS6002";

    /// <summary>AIMS6003: a mapping set's id is used twice (among the host's sets, or by a built-in set that is included).</summary>
    public const string DuplicateMappingSetId = "AIMS6003";

    /// <summary>AIMS6004: the catalog option is a catalog of another framework than ISO/IEC 42001.</summary>
    public const string WrongCatalog = "AIMS6004";
}
