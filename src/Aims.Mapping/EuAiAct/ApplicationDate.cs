using System.Globalization;

namespace Aims.Mapping;

/// <summary>When a part of the EU AI Act applies, with its source; amendments are separate rows naming the amending act.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ApplicationDate : IEquatable<ApplicationDate>
{
    /// <summary>Initializes a new instance of the <see cref="ApplicationDate"/> class.</summary>
    /// <param name="provision">The provision, for example <c>Art.113(a)</c>, or <c>Amend.…</c> for a reported amendment.</param>
    /// <param name="description">What applies, in our words.</param>
    /// <param name="appliesFrom">The date from which it applies.</param>
    /// <param name="source">Where the date comes from.</param>
    /// <param name="amendedBy">The amending act, for amendment rows; <see langword="null"/> for the original Regulation.</param>
    /// <param name="isVerified">Whether the date was checked against the Official Journal text.</param>
    /// <exception cref="ArgumentException">A required string is blank, or <paramref name="amendedBy"/> is given but blank.</exception>
    public ApplicationDate(string provision, string description, DateOnly appliesFrom, string source, string? amendedBy, bool isVerified)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provision);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (amendedBy is not null && string.IsNullOrWhiteSpace(amendedBy))
        {
            throw new ArgumentException("Give the amending act or null.", nameof(amendedBy));
        }

        Provision = provision;
        Description = description;
        AppliesFrom = appliesFrom;
        Source = source;
        AmendedBy = amendedBy;
        IsVerified = isVerified;
    }

    /// <summary>Gets the provision, for example <c>Art.113(a)</c>, or <c>Amend.…</c> for a reported amendment.</summary>
    public string Provision { get; }

    /// <summary>Gets what applies, in our words.</summary>
    public string Description { get; }

    /// <summary>Gets the date from which it applies.</summary>
    public DateOnly AppliesFrom { get; }

    /// <summary>Gets where the date comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the amending act, for amendment rows; <see langword="null"/> for the original Regulation.</summary>
    public string? AmendedBy { get; }

    /// <summary>Gets a value indicating whether the date was checked against the Official Journal text.</summary>
    public bool IsVerified { get; }

    /// <summary>Returns whether two dates are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(ApplicationDate? left, ApplicationDate? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two dates differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ApplicationDate? left, ApplicationDate? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ApplicationDate? other) =>
        other is not null && string.Equals(Provision, other.Provision, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal) && AppliesFrom == other.AppliesFrom
        && string.Equals(Source, other.Source, StringComparison.Ordinal) && string.Equals(AmendedBy, other.AmendedBy, StringComparison.Ordinal)
        && IsVerified == other.IsVerified;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApplicationDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Provision), StringComparer.Ordinal.GetHashCode(Description), AppliesFrom, StringComparer.Ordinal.GetHashCode(Source), StringComparer.Ordinal.GetHashCode(AmendedBy ?? ""), IsVerified);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Provision} from {AppliesFrom:yyyy-MM-dd}{(AmendedBy is null ? "" : $" (amended by {AmendedBy})")}");
}
