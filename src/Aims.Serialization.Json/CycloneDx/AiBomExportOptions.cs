namespace Aims.Serialization.Json;

/// <summary>Options of <see cref="AiBom.Export"/>: the clock that stamps the BOM and whether to indent.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AiBomExportOptions
{
    /// <summary>Gets the default options: the system clock, indented output.</summary>
    public static AiBomExportOptions Default { get; } = new();

    /// <summary>Gets the clock for <c>metadata.timestamp</c> (and so the serial number); inject a fixed one for reproducible output.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets a value indicating whether the JSON is indented.</summary>
    public bool Indented { get; init; } = true;
}
