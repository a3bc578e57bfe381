using System.Globalization;

namespace Aims.Serialization.Json;

/// <summary>Limits and checks for reading untrusted JSON documents.</summary>
/// <remarks>Immutable once constructed; safe to share between threads.</remarks>
public sealed class AimsJsonReadOptions
{
    /// <summary>The default size limit: 64 MiB of UTF-8.</summary>
    public const int DefaultMaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>The default nesting limit: 32 levels (Aims documents need fewer than 10).</summary>
    public const int DefaultMaxDepth = 32;

    private const int MaxDocumentBytesLimit = 1 << 30;

    private const int MaxDepthLimit = 64;

    /// <summary>Gets the default options.</summary>
    public static AimsJsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in UTF-8 bytes; 1 to 1 GiB. Larger input is rejected with <see cref="JsonDiagnosticCodes.TooLarge"/>.</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>Gets the deepest nesting accepted; 1 to 64. Deeper input is rejected with <see cref="JsonDiagnosticCodes.TooDeep"/>.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// Gets a value indicating whether the model's own validation (<see cref="Aims.Model.AimsWorkspace.Validate"/>,
    /// <see cref="Aims.Model.StatementOfApplicability.Validate"/>) runs after reading and adds its findings, at the
    /// model's JSON Pointers, to the result. Default <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// Reading and validating are two steps: findings never cost the value. A draft (a workspace the constructors accept
    /// but validation rejects) reads back whole, as the result's value through
    /// <see cref="AimsResult{T}.TryGetPartialValue"/>, with <see cref="AimsResult{T}.Records"/> showing that no record was
    /// left out. Set <see langword="false"/> to leave validation to the caller; a draft then reads as a valid result.
    /// </remarks>
    public bool ValidateModel { get; init; } = true;

    /// <summary>
    /// Gets the date on which the model's validation runs its date-based checks (overdue reviews, certification dates,
    /// expired acceptances), or <see langword="null"/> (the default) to skip them: a reader should not depend on the clock.
    /// Used only when <see cref="ValidateModel"/> is <see langword="true"/>.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Checks the limits and reports each problem as an <see cref="JsonDiagnosticCodes.InvalidReadOption"/> diagnostic whose path is the
    /// option's JSON Pointer (<c>/maxDepth</c>).
    /// </summary>
    /// <returns>A result with these options as its value; valid when there is no problem. Never throws.</returns>
    public AimsResult<AimsJsonReadOptions> Validate()
    {
        var problems = new List<AimsDiagnostic>();
        if (MaxDocumentBytes is < 1 or > MaxDocumentBytesLimit)
        {
            problems.Add(new AimsDiagnostic(JsonDiagnosticCodes.InvalidReadOption, "/maxDocumentBytes",
                string.Create(CultureInfo.InvariantCulture, $"{nameof(MaxDocumentBytes)} must be 1..{MaxDocumentBytesLimit:N0}; got {MaxDocumentBytes}.")));
        }

        if (MaxDepth is < 1 or > MaxDepthLimit)
        {
            problems.Add(new AimsDiagnostic(JsonDiagnosticCodes.InvalidReadOption, "/maxDepth",
                string.Create(CultureInfo.InvariantCulture, $"{nameof(MaxDepth)} must be 1..{MaxDepthLimit}; got {MaxDepth}.")));
        }

        return AimsResult.From(this, problems);
    }

    /// <summary>Throws one exception that lists every problem <see cref="Validate"/> finds.</summary>
    /// <exception cref="ArgumentException">A limit is out of range; the message lists every problem.</exception>
    internal void ThrowIfInvalid()
    {
        var result = Validate();
        if (!result.IsValid)
        {
            throw new ArgumentException(string.Join(" ", result.Diagnostics.Select(d => d.Message)), "options");
        }
    }
}
