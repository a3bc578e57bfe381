using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The role- and obligation-based rules of <see cref="ModelDiagnosticCodes.SoaExclusionContradictsRoles"/>: an Annex A
/// control the organization needs because of what one of its AI systems is or does. <c>docs/diagnostics.md</c>
/// states the same table; keep both equal.
/// </summary>
/// <remarks>
/// Only systems that count for the organization are considered: not retired and not placed out of the AIMS scope.
/// The rules are deliberately few and each follows from a role or a legal duty, so an exclusion they flag is
/// wrong (or the system's roles are).
/// </remarks>
internal static class ControlRoleRules
{
    /// <summary>One rule: <see cref="ControlId"/> is needed when a system <see cref="Applies"/>; <see cref="Because"/> says why, for people.</summary>
    internal sealed record Rule(string ControlId, string Because, Func<AiSystem, bool> Applies);

    /// <summary>Gets the rules, in the order of the table in the docs.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new("A.10.4", "is a provider (EU AI Act or ISO/IEC 22989), so it supplies AI to customers", IsProvider),
        new("A.8.2", "is a provider (EU AI Act or ISO/IEC 22989), so its users need documentation and instructions for use (EU AI Act Art. 13)", IsProvider),
        new("A.9.2", "is a deployer (EU AI Act) or an AI customer (ISO/IEC 22989), so it uses AI systems", IsUser),
        new("A.5.2", "is high-risk under the EU AI Act, so its impacts must be assessed", IsHighRisk),
        new("A.8.4", "is high-risk under the EU AI Act, so serious incidents must be reported (Art. 73, Art. 26(5))", IsHighRisk),
        new("A.6.2.8", "is high-risk under the EU AI Act, so it must keep event logs (Art. 12, Art. 26(6))", IsHighRisk),
        new("A.10.3", "uses a third-party component, so its suppliers must be managed", s => !s.Components.IsEmpty),
    ];

    private static bool IsProvider(AiSystem s) =>
        s.OperatorRoles.Contains(EuAiActOperatorRole.Provider) || s.StakeholderRoles.Contains(StakeholderRole.AiProvider);

    private static bool IsUser(AiSystem s) =>
        s.OperatorRoles.Contains(EuAiActOperatorRole.Deployer) || s.StakeholderRoles.Contains(StakeholderRole.AiCustomer);

    private static bool IsHighRisk(AiSystem s) => s.EuAiActCategory == EuAiActRiskCategory.High;
}
