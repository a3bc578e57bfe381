using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// A deployment gate: the evidence an AI system needs before it may be deployed (Annex A.6.2.5).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DeploymentGatePolicy : IEquatable<DeploymentGatePolicy>
{
    /// <summary>Initializes a new instance of the <see cref="DeploymentGatePolicy"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="requirements">The requirements; at least one.</param>
    /// <exception cref="ArgumentException">An id or name is blank or malformed, or the list is empty or contains null.</exception>
    public DeploymentGatePolicy(string id, string name, IEnumerable<GateRequirement> requirements)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Requirements = Guard.List(requirements, nameof(requirements));
        if (Requirements.IsEmpty)
        {
            throw new ArgumentException("A gate policy needs at least one requirement.", nameof(requirements));
        }
    }

    /// <summary>
    /// Gets a pre-deployment gate with the usual requirements: explainability documentation, bias/fairness test
    /// result, model card, drift monitoring, approved impact assessment, and residual risk accepted by its owner.
    /// </summary>
    public static DeploymentGatePolicy Default { get; } = new("pre-deployment", "Pre-deployment gate",
    [
        GateRequirement.Evidence(EvidenceKind.ExplainabilityDocumentation, "Explainability documentation"),
        GateRequirement.Evidence(EvidenceKind.BiasFairnessTestResult, "Bias and fairness test result"),
        GateRequirement.Evidence(EvidenceKind.ModelCard, "Model card"),
        GateRequirement.MonitoringInPlace(),
        GateRequirement.ImpactAssessmentApproved(),
        GateRequirement.ResidualRisksAccepted(),
    ]);

    /// <summary>
    /// Gets a pre-deployment gate whose documentation scales with the system's risk tier
    /// (<see cref="AiSystem.RiskLevel"/>): every system needs monitoring and owner-accepted residual risk; medium and
    /// above also a bias and fairness test result and an approved impact assessment; high and critical also a model
    /// card and explainability documentation. A system whose level is not assessed gets every requirement.
    /// </summary>
    /// <remarks>A starting point, not a rule of ISO/IEC 42001: the standard leaves the extent of documentation to the
    /// organisation (clause 7.5.1), so state your own tiers with <see cref="GateRequirement.WithTiers"/>.</remarks>
    public static DeploymentGatePolicy RiskTiered { get; } = new("pre-deployment-tiered", "Pre-deployment gate, scaled by risk tier",
    [
        GateRequirement.Evidence(EvidenceKind.ModelCard, "Model card").WithTiers([RiskLevel.High, RiskLevel.Critical]),
        GateRequirement.Evidence(EvidenceKind.ExplainabilityDocumentation, "Explainability documentation").WithTiers([RiskLevel.High, RiskLevel.Critical]),
        GateRequirement.Evidence(EvidenceKind.BiasFairnessTestResult, "Bias and fairness test result").WithTiers([RiskLevel.Medium, RiskLevel.High, RiskLevel.Critical]),
        GateRequirement.ImpactAssessmentApproved().WithTiers([RiskLevel.Medium, RiskLevel.High, RiskLevel.Critical]),
        GateRequirement.MonitoringInPlace(),
        GateRequirement.ResidualRisksAccepted(),
    ]);

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the requirements.</summary>
    public ImmutableArray<GateRequirement> Requirements { get; }

    /// <summary>
    /// Evaluates the gate for an AI system of a workspace. Requirements that do not apply to the system's risk tier
    /// pass with <see cref="GateCheckResult.IsRequired"/> <see langword="false"/> and a reason that says so.
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="workspace">The workspace holding its assessments and risks.</param>
    /// <returns>Pass/fail per requirement with reasons.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public GateEvaluation Evaluate(AiSystem system, AimsWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(workspace);
        return new GateEvaluation(Id, system.Id, [.. Requirements.Select(r => Evaluate(r, system, workspace))]);
    }

    private static GateCheckResult Evaluate(GateRequirement requirement, AiSystem system, AimsWorkspace workspace)
    {
        if (!requirement.AppliesTo(system.RiskLevel))
        {
            return new(requirement, true,
                $"Not required at {Vocabulary.Word(system.RiskLevel)} risk (required at {string.Join(", ", requirement.Tiers.Select(t => Vocabulary.Word(t)))}).",
                isRequired: false);
        }

        switch (requirement.Check)
        {
            case GateCheck.Evidence:
                var evidence = system.Evidence.FirstOrDefault(e => e.Kind == requirement.EvidenceKind);
                return evidence is null
                    ? new(requirement, false, $"No {Vocabulary.Word(requirement.EvidenceKind!.Value)} evidence is attached to {system.Id}.")
                    : new(requirement, true, $"'{evidence.Title}' is attached.");

            case GateCheck.ImpactAssessmentApproved:
                var assessments = workspace.ImpactAssessments.Where(a => a.SystemId == system.Id).ToList();
                var approved = assessments.FirstOrDefault(a => a.IsApproved);
                return approved is not null
                    ? new(requirement, true, $"Impact assessment {approved.Id} was approved by {approved.ApprovedBy} on {approved.ApprovedOn:yyyy-MM-dd}.")
                    : new(requirement, false, assessments.Count == 0
                        ? $"No impact assessment exists for {system.Id}."
                        : $"Impact assessment {assessments[0].Id} is not approved.");

            case GateCheck.ResidualRisksAccepted:
                var risks = workspace.Risks.Where(r => r.SystemIds.Contains(system.Id, StringComparer.Ordinal)).ToList();
                if (risks.Count == 0)
                {
                    return new(requirement, false, $"No risk in the register names {system.Id}, so no residual risk has been accepted.");
                }

                var open = risks.Where(r => r.Residual is null || r.Acceptance is null
                    || !string.Equals(r.Acceptance.AcceptedBy, r.Owner, StringComparison.Ordinal)).Select(r => r.Id).ToList();
                return open.Count == 0
                    ? new(requirement, true, $"All {risks.Count} risk(s) have residual risk accepted by their owner.")
                    : new(requirement, false, $"Residual risk not accepted by its owner: {string.Join(", ", open)}.");

            default:
                var drift = system.Evidence.FirstOrDefault(e => e.Kind == EvidenceKind.DriftMonitoring);
                return system.MonitoringStatus == MonitoringStatus.Monitored
                    ? new(requirement, true, $"Monitoring status is {Vocabulary.Word(MonitoringStatus.Monitored)}.")
                    : drift is not null
                        ? new(requirement, true, $"Drift monitoring evidence '{drift.Title}' is attached.")
                        : new(requirement, false, $"Monitoring status is {Vocabulary.Word(system.MonitoringStatus)} and no drift monitoring evidence is attached.");
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DeploymentGatePolicy? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && ValueEquality.Sequence(Requirements, other.Requirements));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeploymentGatePolicy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Requirements));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DeploymentGatePolicy? left, DeploymentGatePolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DeploymentGatePolicy? left, DeploymentGatePolicy? right) => !(left == right);
}
