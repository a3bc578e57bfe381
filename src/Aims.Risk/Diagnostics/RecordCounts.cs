namespace Aims;

/// <summary>
/// How many records a bulk reader read, and how many of them it accepted into the value.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. <see langword="default"/> means no record was read.
/// </remarks>
public readonly struct RecordCounts : IEquatable<RecordCounts>
{
    /// <summary>Initializes a new instance of the <see cref="RecordCounts"/> struct.</summary>
    /// <param name="read">How many records were read.</param>
    /// <param name="accepted">How many of them are in the value.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="accepted"/> is negative, or greater than <paramref name="read"/>.
    /// </exception>
    public RecordCounts(int read, int accepted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accepted);
        ArgumentOutOfRangeException.ThrowIfLessThan(read, accepted);
        Read = read;
        Accepted = accepted;
    }

    /// <summary>Gets how many records were read.</summary>
    public int Read { get; }

    /// <summary>Gets how many records were accepted into the value.</summary>
    public int Accepted { get; }

    /// <summary>Gets how many records were rejected (each has at least one error diagnostic).</summary>
    public int Rejected => Read - Accepted;

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when both counts are equal.</returns>
    public static bool operator ==(RecordCounts left, RecordCounts right) => left.Equals(right);

    /// <summary>Compares two counts for inequality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when the counts differ.</returns>
    public static bool operator !=(RecordCounts left, RecordCounts right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RecordCounts other) => Read == other.Read && Accepted == other.Accepted;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Read, Accepted);

    /// <inheritdoc/>
    public override string ToString() => $"{Accepted} of {Read} accepted";
}
