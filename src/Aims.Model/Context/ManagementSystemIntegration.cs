using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>How the AIMS is integrated with an existing ISMS (ISO/IEC 27001) or PIMS (ISO/IEC 27701).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementSystemIntegration
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
}
