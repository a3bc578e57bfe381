namespace Aims.Risk;

/// <summary>One cost module's part of a <see cref="MaterialityResult"/>.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class CostModuleShare
{
    internal CostModuleShare(string name, double mean, double shareOfMean, double? meanWhenMaterial)
    {
        Name = name;
        Mean = mean;
        ShareOfMean = shareOfMean;
        MeanWhenMaterial = meanWhenMaterial;
    }

    /// <summary>Gets the module's name.</summary>
    public string Name { get; }

    /// <summary>Gets the module's exact mean cost per event.</summary>
    public double Mean { get; }

    /// <summary>Gets the module's share of the expected loss per event, in [0, 1].</summary>
    public double ShareOfMean { get; }

    /// <summary>
    /// Gets the module's mean cost in the simulated events that were material, or <see langword="null"/> when none was:
    /// compared with <see cref="Mean"/>, it shows which modules make an event material.
    /// </summary>
    public double? MeanWhenMaterial { get; }
}
