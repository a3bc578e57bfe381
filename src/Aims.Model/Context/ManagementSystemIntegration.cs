using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>How the AIMS is integrated with an existing ISMS (ISO/IEC 27001) or PIMS (ISO/IEC 27701).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementSystemIntegration : IEquatable<ManagementSystemIntegration>
{
    /// <summary>Initializes a new instance of the <see cref="ManagementSystemIntegration"/> class.</summary>
    /// <param name="standard">The other management system.</param>
    /// <param name="isCertified">Whether that system is certified.</param>
    /// <param name="sharedProcesses">The processes both systems share.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public ManagementSystemIntegration(ManagementSystemStandard standard, bool isCertified, IEnumerable<SharedProcess>? sharedProcesses = null)
    {
        Standard = Guard.Defined(standard, nameof(standard));
        IsCertified = isCertified;
        SharedProcesses = Guard.EnumSet(sharedProcesses, nameof(sharedProcesses));
    }

    /// <summary>Gets the other management system.</summary>
    public ManagementSystemStandard Standard { get; }

    /// <summary>Gets a value indicating whether it is certified.</summary>
    public bool IsCertified { get; }

    /// <summary>Gets the shared processes, distinct and in declaration order.</summary>
    public ImmutableArray<SharedProcess> SharedProcesses { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ManagementSystemIntegration? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<ManagementSystemStandard>.Default.Equals(Standard, other.Standard)
            && IsCertified == other.IsCertified
            && ValueEquality.Sequence(SharedProcesses, other.SharedProcesses));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManagementSystemIntegration);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Standard);
        hash.Add(IsCertified);
        hash.Add(ValueEquality.SequenceHash(SharedProcesses));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ManagementSystemIntegration? left, ManagementSystemIntegration? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ManagementSystemIntegration? left, ManagementSystemIntegration? right) => !(left == right);
}
