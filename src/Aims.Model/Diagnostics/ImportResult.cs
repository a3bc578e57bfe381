using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The outcome of a bulk import of untrusted records: the value built from the records that were valid, and a
/// diagnostic for every one that was not. Unlike <see cref="AimsResult{T}"/>, the value is kept even when some records
/// failed, so the caller can knowingly accept a partial import.
/// </summary>
/// <typeparam name="T">The type of the imported value.</typeparam>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ImportResult<T>
    where T : class
{
    /// <summary>Initializes a new instance of the <see cref="ImportResult{T}"/> class.</summary>
    /// <param name="value">The value built from the valid records; <see langword="null"/> when nothing could be read.</param>
    /// <param name="recordsRead">How many records were read.</param>
    /// <param name="recordsAccepted">How many of them are in <paramref name="value"/>.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more records are accepted than read.</exception>
    public ImportResult(T? value, int recordsRead, int recordsAccepted, IEnumerable<AimsDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfNegative(recordsAccepted);
        ArgumentOutOfRangeException.ThrowIfLessThan(recordsRead, recordsAccepted);
        Value = value;
        RecordsRead = recordsRead;
        RecordsAccepted = recordsAccepted;
        Diagnostics = [.. diagnostics];
    }

    /// <summary>Gets the value built from the valid records, or <see langword="null"/> when the input could not be read at all.</summary>
    public T? Value { get; }

    /// <summary>Gets how many records were read.</summary>
    public int RecordsRead { get; }

    /// <summary>Gets how many records were accepted.</summary>
    public int RecordsAccepted { get; }

    /// <summary>Gets every problem, with its path.</summary>
    public ImmutableArray<AimsDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether every record was accepted and nothing is an error.</summary>
    public bool IsComplete => Value is not null && RecordsAccepted == RecordsRead && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
