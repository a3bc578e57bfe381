namespace Aims.Model;

/// <summary>The risk owner's acceptance of a residual risk.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskAcceptance : IEquatable<RiskAcceptance>
{
    /// <summary>Initializes a new instance of the <see cref="RiskAcceptance"/> class, without a rationale.</summary>
    /// <param name="acceptedBy">Who accepted (should be the risk owner).</param>
    /// <param name="acceptedOn">When.</param>
    /// <remarks>The rationale is set through a validated copy, <see cref="WithRationale"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="acceptedBy"/> is blank.</exception>
    public RiskAcceptance(string acceptedBy, DateOnly acceptedOn)
    {
        AcceptedBy = Guard.Text(acceptedBy, nameof(acceptedBy));
        AcceptedOn = acceptedOn;
    }

    private RiskAcceptance(RiskAcceptance source)
    {
        AcceptedBy = source.AcceptedBy;
        AcceptedOn = source.AcceptedOn;
        Rationale = source.Rationale;
    }

    /// <summary>Gets who accepted.</summary>
    public string AcceptedBy { get; }

    /// <summary>Gets when.</summary>
    public DateOnly AcceptedOn { get; }

    /// <summary>Gets why, if recorded.</summary>
    public string? Rationale { get; private init; }

    /// <summary>Returns a copy with the rationale (blank or <see langword="null"/> clears it).</summary>
    /// <param name="rationale">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskAcceptance WithRationale(string? rationale) => new(this) { Rationale = Guard.OptionalText(rationale) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RiskAcceptance? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(AcceptedBy, other.AcceptedBy)
            && AcceptedOn == other.AcceptedOn
            && ValueEquality.Text(Rationale, other.Rationale));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskAcceptance);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AcceptedBy, StringComparer.Ordinal);
        hash.Add(AcceptedOn);
        hash.Add(Rationale, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RiskAcceptance? left, RiskAcceptance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RiskAcceptance? left, RiskAcceptance? right) => !(left == right);
}
