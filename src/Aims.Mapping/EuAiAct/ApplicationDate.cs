using System.Globalization;

namespace Aims.Mapping;

/// <summary>
/// When a part of the EU AI Act applies, with its source and how sure that is; amendments are separate rows naming the
/// amending act, and a row an amendment replaced names the row that supersedes it.
/// </summary>
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
        Certainty = isVerified ? SourceCertainty.Verified : SourceCertainty.Unverified;
    }

    private ApplicationDate(ApplicationDate other)
    {
        Provision = other.Provision;
        Description = other.Description;
        AppliesFrom = other.AppliesFrom;
        Source = other.Source;
        AmendedBy = other.AmendedBy;
        Certainty = other.Certainty;
        Scope = other.Scope;
        SupersededBy = other.SupersededBy;
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

    /// <summary>Gets a value indicating whether the date is verified (<see cref="Certainty"/> is <see cref="SourceCertainty.Verified"/>).</summary>
    public bool IsVerified => Certainty == SourceCertainty.Verified;

    /// <summary>Gets how sure the date is; <see cref="SourceCertainty.Verified"/> or <see cref="SourceCertainty.Unverified"/> from the constructor, changed by <see cref="WithCertainty"/>.</summary>
    public SourceCertainty Certainty { get; private init; }

    /// <summary>Gets the part of the Act the date governs (for example <c>high-risk-annex-iii</c>), which links obligations to the timeline; <see langword="null"/> when not stated.</summary>
    public string? Scope { get; private init; }

    /// <summary>Gets the provision of the row that replaces this one (an amendment), or <see langword="null"/> when this row is in force.</summary>
    public string? SupersededBy { get; private init; }

    /// <summary>Gets a value indicating whether this row is in force (no other row supersedes it).</summary>
    public bool IsInForce => SupersededBy is null;

    /// <summary>Returns a copy with another certainty.</summary>
    /// <param name="certainty">How sure the date is.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="certainty"/> is not defined.</exception>
    public ApplicationDate WithCertainty(SourceCertainty certainty)
    {
        if (!Enum.IsDefined(certainty))
        {
            throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "Not a defined certainty.");
        }

        return new(this) { Certainty = certainty };
    }

    /// <summary>Returns a copy that governs a part of the Act.</summary>
    /// <param name="scope">The part, for example <c>high-risk-annex-iii</c>, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is given but blank.</exception>
    public ApplicationDate WithScope(string? scope)
    {
        if (scope is not null && string.IsNullOrWhiteSpace(scope))
        {
            throw new ArgumentException("Give a scope or null.", nameof(scope));
        }

        return new(this) { Scope = scope };
    }

    /// <summary>Returns a copy superseded by another row (or in force again, with <see langword="null"/>).</summary>
    /// <param name="provision">The provision of the superseding row, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="provision"/> is blank or this row's own provision.</exception>
    public ApplicationDate WithSupersededBy(string? provision)
    {
        if (provision is not null && (string.IsNullOrWhiteSpace(provision) || string.Equals(provision, Provision, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Give another row's provision or null.", nameof(provision));
        }

        return new(this) { SupersededBy = provision };
    }

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
        && Certainty == other.Certainty && string.Equals(Scope, other.Scope, StringComparison.Ordinal)
        && string.Equals(SupersededBy, other.SupersededBy, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApplicationDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Provision), StringComparer.Ordinal.GetHashCode(Description), AppliesFrom, StringComparer.Ordinal.GetHashCode(Source), StringComparer.Ordinal.GetHashCode(AmendedBy ?? ""), Certainty, StringComparer.Ordinal.GetHashCode(Scope ?? ""), StringComparer.Ordinal.GetHashCode(SupersededBy ?? ""));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Provision} from {AppliesFrom:yyyy-MM-dd}{(AmendedBy is null ? "" : $" (amended by {AmendedBy})")}{(SupersededBy is null ? "" : $", superseded by {SupersededBy}")}");
}
