namespace Aims.Mapping;

/// <summary>The stable diagnostic codes reported by <c>Aims.Mapping</c> (range AIMS4xxx).</summary>
public static class MappingDiagnosticCodes
{
    /// <summary>Error: a mapping set names a framework that is not a built-in catalog (<see cref="FrameworkCatalogs.Check"/>).</summary>
    public const string UnknownFramework = "AIMS4003";

    /// <summary>Error: a mapping names an item that is not in its framework's catalog (<see cref="FrameworkCatalogs.Check"/>).</summary>
    public const string UnknownItem = "AIMS4004";

    /// <summary>
    /// Error: a framework id that a caller asked for (a command-line argument, a request) is not one of the loaded
    /// catalogs (<see cref="FrameworkCatalogs.Ids"/>), or the operation does not support it.
    /// </summary>
    public const string FrameworkNotFound = "AIMS4009";
}
