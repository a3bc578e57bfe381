namespace Aims.Serialization.Json;

/// <summary>
/// The stable diagnostic codes reported by <c>Aims.Serialization.Json</c>: the JSON document readers of
/// <see cref="AimsJson"/> and the OSCAL import of <see cref="OscalImport"/> (range AIMS3xxx).
/// </summary>
/// <remarks>
/// Paths are JSON Pointers into the document (<c>/systems/2/id</c>; the whole document is <c>""</c>). Each code is
/// documented in <c>docs/diagnostics.md</c>.
/// </remarks>
public static class JsonDiagnosticCodes
{
    /// <summary>Error: the input is not well-formed JSON (malformed, truncated, empty, trailing content, <c>NaN</c> literals).</summary>
    public const string InvalidJson = "AIMS3001";

    /// <summary>Error: a value has the wrong JSON type (a string where a number belongs), or the root is not an object.</summary>
    public const string InvalidType = "AIMS3002";

    /// <summary>Warning or error: the document has no <c>kind</c> or <c>schemaVersion</c>.</summary>
    public const string MissingEnvelope = "AIMS3003";

    /// <summary>Error: the document's kind is unknown or not the kind asked for.</summary>
    public const string WrongKind = "AIMS3004";

    /// <summary>Error: the schema version is malformed or of a newer major version.</summary>
    public const string UnsupportedVersion = "AIMS3005";

    /// <summary>Warning: a member is unknown to this version and was ignored.</summary>
    public const string UnknownMember = "AIMS3006";

    /// <summary>Error: the document is larger than <see cref="AimsJsonReadOptions.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "AIMS3007";

    /// <summary>Error: the document nests deeper than <see cref="AimsJsonReadOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "AIMS3008";

    /// <summary>Error: an object has the same member twice.</summary>
    public const string DuplicateMember = "AIMS3009";

    /// <summary>Error: a value is rejected by the model (blank id, unknown enum member, bad date, null list item, out of range).</summary>
    public const string InvalidValue = "AIMS3010";

    /// <summary>Warning: the document was written by a newer minor version.</summary>
    public const string NewerMinorVersion = "AIMS3011";

    /// <summary>Error: the file is not a usable OSCAL mapping collection, or a map in it is not usable; the map is skipped.</summary>
    public const string InvalidOscalMapping = "AIMS3012";

    /// <summary>AIMS3013: a limit of <see cref="AimsJsonReadOptions"/> is out of range (reported by <see cref="AimsJsonReadOptions.Validate"/>).</summary>
    public const string InvalidReadOption = "AIMS3013";

    /// <summary>
    /// Error: two mappings of an OSCAL mapping collection give the same mapping set id (the Aims <c>set-id</c>
    /// property, else the mapping's uuid); the later mapping and its maps are skipped.
    /// </summary>
    public const string DuplicateOscalMapping = "AIMS3014";

    /// <summary>
    /// Error: an OSCAL mapping collection expands to more than <see cref="OscalImport.MaxMappings"/> control mappings
    /// (a map with n sources and m targets gives n × m); reading stops at the map that crosses the limit.
    /// </summary>
    public const string TooManyOscalMappings = "AIMS3015";

    /// <summary>
    /// Warning: a valid OSCAL value Aims has no exact equivalent for was read with a stated default (a confidence
    /// category other than low, medium, high is read as unspecified), or a mapping without maps, which OSCAL does not
    /// allow but Aims writes for an empty set, was read as an empty set.
    /// </summary>
    public const string OscalReadLeniently = "AIMS3016";

    /// <summary>
    /// Error: a CycloneDX BOM given to <see cref="AiBom.Import"/> is not one, a model component lacks its name, or an
    /// <c>aims:</c> property holds a bad value (the component is skipped). Warning: a data set read with a default or a
    /// value ignored, an energy figure without a period skipped.
    /// </summary>
    public const string InvalidAiBom = "AIMS3017";
}
