using System.Collections.Immutable;

namespace Aims.Model;

// Model provenance, sustainability and data-ethics disclosure of an AI system (issue 16, section 3).
public sealed partial class AiSystem
{
    /// <summary>Gets where the system's model comes from (base model, fine-tuning data, runs, approvals), or <see langword="null"/> when not recorded.</summary>
    public ModelLineage? Lineage { get; private init; }

    /// <summary>Gets the energy, emissions and water figures of training and inference.</summary>
    public ImmutableArray<SustainabilityMeasurement> Sustainability { get; private init; }

    /// <summary>Gets the data-ethics disclosure (intended and prohibited uses, known limitations, fairness evaluations), or <see langword="null"/> when none is made.</summary>
    public DataEthicsDisclosure? EthicsDisclosure { get; private init; }

    /// <summary>Returns a copy with the model lineage (<see langword="null"/> clears it).</summary>
    /// <param name="lineage">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithLineage(ModelLineage? lineage) => new(this) { Lineage = lineage };

    /// <summary>Returns a copy with other sustainability figures.</summary>
    /// <param name="sustainability">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="sustainability"/> contains null.</exception>
    public AiSystem WithSustainability(IEnumerable<SustainabilityMeasurement> sustainability) => new(this) { Sustainability = Guard.List(sustainability, nameof(sustainability)) };

    /// <summary>Returns a copy with the data-ethics disclosure (<see langword="null"/> or an empty disclosure clears it).</summary>
    /// <param name="ethicsDisclosure">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithEthicsDisclosure(DataEthicsDisclosure? ethicsDisclosure) => new(this) { EthicsDisclosure = ethicsDisclosure is { IsEmpty: true } ? null : ethicsDisclosure };

    /// <summary>Returns the total of a sustainability metric over every figure recorded.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The sum in the metric's unit, or <see langword="null"/> when no figure of that metric is recorded.</returns>
    public double? Total(SustainabilityMetric metric)
    {
        var figures = Sustainability.Where(m => m.Metric == metric).ToList();
        return figures.Count == 0 ? null : figures.Sum(m => m.Value);
    }
}
