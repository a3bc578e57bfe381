namespace Aims.Model;

/// <summary>A benefit an AI system brings in an impact area (ISO/IEC 42005 style: benefits are assessed next to harms).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ImpactBenefit : IEquatable<ImpactBenefit>
{
    /// <summary>Initializes a new instance of the <see cref="ImpactBenefit"/> class.</summary>
    /// <param name="area">The area.</param>
    /// <param name="description">The benefit, for example <c>Faster decisions for applicants</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined value.</exception>
    public ImpactBenefit(ImpactArea area, string description)
    {
        Area = Guard.Defined(area, nameof(area));
        Description = Guard.Text(description, nameof(description));
    }

    /// <summary>Gets the area.</summary>
    public ImpactArea Area { get; }

    /// <summary>Gets the benefit, in the assessor's words.</summary>
    public string Description { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ImpactBenefit? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Area == other.Area
            && ValueEquality.Text(Description, other.Description));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImpactBenefit);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Area);
        hash.Add(Description, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ImpactBenefit? left, ImpactBenefit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ImpactBenefit? left, ImpactBenefit? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Area}: {Description}";
}
