namespace Aims.Model;

/// <summary>Who approved a model version for use, and when: part of a <see cref="ModelLineage"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ModelApproval : IEquatable<ModelApproval>
{
    /// <summary>Initializes a new instance of the <see cref="ModelApproval"/> class.</summary>
    /// <param name="modelVersion">The approved model version.</param>
    /// <param name="approvedBy">Who approved it (a person or a RACI role).</param>
    /// <param name="approvedOn">The day of the approval.</param>
    /// <exception cref="ArgumentException"><paramref name="modelVersion"/> or <paramref name="approvedBy"/> is blank.</exception>
    public ModelApproval(string modelVersion, string approvedBy, DateOnly approvedOn)
    {
        ModelVersion = Guard.Text(modelVersion, nameof(modelVersion));
        ApprovedBy = Guard.Text(approvedBy, nameof(approvedBy));
        ApprovedOn = approvedOn;
    }

    /// <summary>Gets the approved model version.</summary>
    public string ModelVersion { get; }

    /// <summary>Gets who approved it.</summary>
    public string ApprovedBy { get; }

    /// <summary>Gets the day of the approval.</summary>
    public DateOnly ApprovedOn { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ModelApproval? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(ModelVersion, other.ModelVersion)
            && ValueEquality.Text(ApprovedBy, other.ApprovedBy)
            && ApprovedOn == other.ApprovedOn);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelApproval);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(ModelVersion), StringComparer.Ordinal.GetHashCode(ApprovedBy), ApprovedOn);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ModelApproval? left, ModelApproval? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ModelApproval? left, ModelApproval? right) => !(left == right);
}
