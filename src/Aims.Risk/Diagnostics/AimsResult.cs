using System.Collections.Immutable;

namespace Aims;

/// <summary>
/// Creates <see cref="AimsResult{T}"/> instances.
/// </summary>
public static class AimsResult
{
    /// <summary>
    /// Creates a successful result.
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="diagnostics">Warnings or information to carry along; must not contain errors.</param>
    /// <returns>A valid result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> contains an error.</exception>
    public static AimsResult<T> Success<T>(T value, IEnumerable<AimsDiagnostic>? diagnostics = null)
    {
        ImmutableArray<AimsDiagnostic> list = [.. diagnostics ?? []];
        if (list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(diagnostics));
        }

        return new AimsResult<T>(value, list);
    }

    /// <summary>
    /// Creates a failed result.
    /// </summary>
    /// <typeparam name="T">The type of the value that could not be produced.</typeparam>
    /// <param name="diagnostics">All problems found; at least one must be an error.</param>
    /// <returns>An invalid result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> contains no error.</exception>
    public static AimsResult<T> Failure<T>(IEnumerable<AimsDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImmutableArray<AimsDiagnostic> list = [.. diagnostics];
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics));
        }

        return new AimsResult<T>(default, list);
    }

    /// <summary>
    /// Creates a result for a value that was built but checked afterwards: valid when no diagnostic is an error.
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value that was checked.</param>
    /// <param name="diagnostics">Every problem found, of any severity.</param>
    /// <returns>A result that exposes <paramref name="value"/> only when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static AimsResult<T> From<T>(T value, IEnumerable<AimsDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new AimsResult<T>(value, [.. diagnostics]);
    }
}
