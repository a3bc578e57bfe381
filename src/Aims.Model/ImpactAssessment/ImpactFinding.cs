using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>One assessed impact: area, description, severity and likelihood, and mitigations.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ImpactFinding : IEquatable<ImpactFinding>
{
    /// <summary>Initializes a new instance of the <see cref="ImpactFinding"/> class.</summary>
    /// <param name="area">The impact area.</param>
    /// <param name="description">The potential impact.</param>
    /// <param name="rating">Likelihood and severity (the rating's impact axis) on the 5×5 scale.</param>
    /// <param name="mitigations">Measures that reduce the impact.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, a mitigation is blank, or <paramref name="rating"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined value.</exception>
    public ImpactFinding(ImpactArea area, string description, RiskRating rating, IEnumerable<string>? mitigations = null)
    {
        Area = Guard.Defined(area, nameof(area));
        Description = Guard.Text(description, nameof(description));
        if (rating.IsDefault)
        {
            throw new ArgumentException("The rating must be set (default(RiskRating) is not a rating).", nameof(rating));
        }

        Rating = rating;
        Mitigations = Guard.TextList(mitigations, nameof(mitigations));
    }

    /// <summary>Gets the area.</summary>
    public ImpactArea Area { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the likelihood and severity.</summary>
    public RiskRating Rating { get; }

    /// <summary>Gets the mitigations.</summary>
    public ImmutableArray<string> Mitigations { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ImpactFinding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<ImpactArea>.Default.Equals(Area, other.Area)
            && ValueEquality.Text(Description, other.Description)
            && EqualityComparer<RiskRating>.Default.Equals(Rating, other.Rating)
            && ValueEquality.Sequence(Mitigations, other.Mitigations));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImpactFinding);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Area);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(Rating);
        hash.Add(ValueEquality.SequenceHash(Mitigations));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ImpactFinding? left, ImpactFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ImpactFinding? left, ImpactFinding? right) => !(left == right);
}
