namespace Aims.Serialization.Json;

/// <summary>The kinds of document Aims reads and writes as JSON; each has a JSON Schema in <see cref="AimsJsonSchemas"/>.</summary>
public enum AimsDocumentKind
{
    /// <summary>A whole AI management system (<c>"kind": "workspace"</c>): an <see cref="Aims.Model.AimsWorkspace"/>.</summary>
    Workspace = 0,

    /// <summary>The AI system inventory (<c>"kind": "inventory"</c>): a list of <see cref="Aims.Model.AiSystem"/>.</summary>
    Inventory = 1,

    /// <summary>The risk register (<c>"kind": "risk-register"</c>): a list of <see cref="Aims.Model.RiskEntry"/>.</summary>
    RiskRegister = 2,

    /// <summary>A Statement of Applicability (<c>"kind": "soa"</c>): a <see cref="Aims.Model.StatementOfApplicability"/>.</summary>
    Soa = 3,

    /// <summary>FAIR scenarios (<c>"kind": "fair-scenarios"</c>): an <see cref="Aims.Risk.FairScenarioSet"/>.</summary>
    FairScenarios = 4,

    /// <summary>A crosswalk between two frameworks (<c>"kind": "mapping-set"</c>): an <see cref="Aims.Mapping.MappingSet"/>.</summary>
    MappingSet = 5,
}
