namespace Aims.Serialization.Json;

/// <summary>Options for <see cref="OscalExport"/>.</summary>
/// <remarks>Immutable once constructed; safe to share between threads.</remarks>
public sealed class OscalExportOptions
{
    /// <summary>Gets the default options: the system clock, indented output.</summary>
    public static OscalExportOptions Default { get; } = new();

    /// <summary>Gets the clock for <c>metadata.last-modified</c>; <see cref="TimeProvider.System"/> by default. Inject a fixed one for reproducible files.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets a value indicating whether the JSON is indented (default <see langword="true"/>).</summary>
    public bool Indented { get; init; } = true;
}
