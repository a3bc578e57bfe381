namespace Aims.Mapping;

/// <summary>Where a mapping set comes from: document, version, authors, method, status, date and licence.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Equality compares every member (strings ordinally).</remarks>
public sealed class MappingProvenance : IEquatable<MappingProvenance>
{
    /// <summary>Initializes a new instance of the <see cref="MappingProvenance"/> class.</summary>
    /// <param name="sourceDocument">The document the mappings come from (title and address).</param>
    /// <param name="version">Its version.</param>
    /// <param name="authors">Who authored the mappings.</param>
    /// <param name="method">How they were made, for example <c>published crosswalk (id pairs transcribed)</c> or <c>expert judgement</c>.</param>
    /// <param name="status">Review status.</param>
    /// <param name="date">When the set was compiled.</param>
    /// <param name="licence">Terms of use of the mapping data.</param>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public MappingProvenance(string sourceDocument, string version, string authors, string method, MappingStatus status, DateOnly date, string licence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceDocument);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(authors);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(licence);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");
        }

        (SourceDocument, Version, Authors, Method, Status, Date, Licence) = (sourceDocument, version, authors, method, status, date, licence);
    }

    /// <summary>Gets the source document.</summary>
    public string SourceDocument { get; }

    /// <summary>Gets its version.</summary>
    public string Version { get; }

    /// <summary>Gets the authors.</summary>
    public string Authors { get; }

    /// <summary>Gets the method.</summary>
    public string Method { get; }

    /// <summary>Gets the review status.</summary>
    public MappingStatus Status { get; }

    /// <summary>Gets the compilation date.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the licence.</summary>
    public string Licence { get; }

    /// <summary>Compares two provenances for equality.</summary>
    /// <param name="left">The first provenance.</param>
    /// <param name="right">The second provenance.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(MappingProvenance? left, MappingProvenance? right) => Equals(left, right);

    /// <summary>Compares two provenances for inequality.</summary>
    /// <param name="left">The first provenance.</param>
    /// <param name="right">The second provenance.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(MappingProvenance? left, MappingProvenance? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(MappingProvenance? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            string.Equals(SourceDocument, other.SourceDocument, StringComparison.Ordinal) && string.Equals(Version, other.Version, StringComparison.Ordinal)
            && string.Equals(Authors, other.Authors, StringComparison.Ordinal) && string.Equals(Method, other.Method, StringComparison.Ordinal)
            && Status == other.Status && Date == other.Date && string.Equals(Licence, other.Licence, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MappingProvenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(SourceDocument), StringComparer.Ordinal.GetHashCode(Version), StringComparer.Ordinal.GetHashCode(Authors),
        StringComparer.Ordinal.GetHashCode(Method), Status, Date, StringComparer.Ordinal.GetHashCode(Licence));
}
