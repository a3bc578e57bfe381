namespace Aims.Risk.Internal;

/// <summary>
/// A run crossed one of the engine's limits (too many events in a trial, a non-finite loss). Thrown by the kernel and
/// turned into a <see cref="FairValidationException"/> by <see cref="FairSimulator"/>, with the path made absolute.
/// </summary>
internal sealed class SimulationLimitException : Exception
{
    public SimulationLimitException(string code, string path, string message)
        : base(message)
    {
        (Code, Path) = (code, path);
    }

    public SimulationLimitException()
    {
        (Code, Path) = (RiskDiagnosticCodes.NonFiniteResult, "");
    }

    public SimulationLimitException(string message)
        : base(message)
    {
        (Code, Path) = (RiskDiagnosticCodes.NonFiniteResult, "");
    }

    public SimulationLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        (Code, Path) = (RiskDiagnosticCodes.NonFiniteResult, "");
    }

    /// <summary>Gets the AIMS5xxx code.</summary>
    public string Code { get; }

    /// <summary>Gets the JSON Pointer relative to the scenario ("" for the whole scenario).</summary>
    public string Path { get; }

    /// <summary>Returns the diagnostic with <paramref name="prefix"/> put before the path (for example <c>/scenarios/3</c>).</summary>
    public AimsDiagnostic ToDiagnostic(string prefix = "") => new(Code, prefix + Path, Message);

    /// <summary>The run's annual losses or statistics are not finite.</summary>
    public static SimulationLimitException NonFinite() => new(
        RiskDiagnosticCodes.NonFiniteResult, "",
        "An annual loss or a statistic of the run is not a finite number (an overflow); no result is returned. Check the scale of the estimates (docs/limits.md).");
}
