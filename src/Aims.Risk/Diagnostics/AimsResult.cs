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
    /// <param name="records">How many records were read and accepted, for record-based input.</param>
    /// <returns>A valid result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> contains an error.</exception>
    public static AimsResult<T> Success<T>(T value, IEnumerable<AimsDiagnostic>? diagnostics = null, RecordCounts? records = null)
    {
        ImmutableArray<AimsDiagnostic> list = [.. diagnostics ?? []];
        if (list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(diagnostics));
        }

        return new AimsResult<T>(value, true, list, records);
    }

    /// <summary>
    /// Creates a failed result without a value.
    /// </summary>
    /// <typeparam name="T">The type of the value that could not be produced.</typeparam>
    /// <param name="diagnostics">All problems found; at least one must be an error.</param>
    /// <param name="records">How many records were read (none accepted), for record-based input.</param>
    /// <returns>An invalid result with no value.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> contains no error.</exception>
    public static AimsResult<T> Failure<T>(IEnumerable<AimsDiagnostic> diagnostics, RecordCounts? records = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImmutableArray<AimsDiagnostic> list = [.. diagnostics];
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics));
        }

        return new AimsResult<T>(default, false, list, records);
    }

    /// <summary>
    /// Creates a result that carries a value together with every problem found: a value that was built and checked
    /// afterwards, or the good records of a bulk import whose bad records are reported.
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value that was built.</param>
    /// <param name="diagnostics">Every problem found, of any severity.</param>
    /// <param name="records">How many records were read and accepted, for record-based input.</param>
    /// <returns>
    /// A result that has a value; it is valid when no diagnostic is an error, and otherwise gives the value only through
    /// <see cref="AimsResult{T}.TryGetPartialValue"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static AimsResult<T> From<T>(T value, IEnumerable<AimsDiagnostic> diagnostics, RecordCounts? records = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new AimsResult<T>(value, true, [.. diagnostics], records);
    }
}
