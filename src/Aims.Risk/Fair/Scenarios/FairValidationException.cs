using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// Thrown when code builds an invalid FAIR scenario or applies invalid controls (a caller bug), or when a simulation
/// crosses one of the engine's limits (AIMS5012, AIMS5013; see <c>docs/limits.md</c>); lists every problem as an
/// <see cref="AimsDiagnostic"/> with an AIMS5xxx code (<see cref="RiskDiagnosticCodes"/>) and a JSON Pointer relative to
/// the scenario, for example <c>/primaryLossByForm/response</c> or <c>/controls/0/effects/2/amount</c>.
/// </summary>
public sealed class FairValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="FairValidationException"/> class.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <param name="paramName">The argument that holds them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty or contains <see langword="null"/>.</exception>
    public FairValidationException(IEnumerable<AimsDiagnostic> diagnostics, string? paramName = null)
        : this(Checked(diagnostics), paramName)
    {
    }

    private FairValidationException(ImmutableArray<AimsDiagnostic> diagnostics, string? paramName)
        : base($"Invalid FAIR input ({diagnostics.Length} problem(s)): " + string.Join("; ", diagnostics.Select(d => $"{d.Code} at '{d.Path}': {d.Message}")), paramName)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every problem found, each with its code and its JSON Pointer relative to the scenario.</summary>
    public ImmutableArray<AimsDiagnostic> Diagnostics { get; }

    private static ImmutableArray<AimsDiagnostic> Checked(IEnumerable<AimsDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImmutableArray<AimsDiagnostic> list = [.. diagnostics];
        if (list.IsEmpty || list.Any(d => d is null))
        {
            throw new ArgumentException("Give at least one diagnostic and no null entries.", nameof(diagnostics));
        }

        return list;
    }
}
