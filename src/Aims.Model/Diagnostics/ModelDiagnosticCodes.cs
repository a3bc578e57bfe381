namespace Aims.Model;

/// <summary>
/// The stable diagnostic codes reported by <c>Aims.Model</c> (range AIMS1xxx). Codes are never reused for another
/// meaning; <c>docs/diagnostics.md</c> lists them with examples.
/// </summary>
public static class ModelDiagnosticCodes
{
    /// <summary>Error: a reference names an AI system that is not in the inventory.</summary>
    public const string UnknownSystem = "AIMS1001";

    /// <summary>Error: two items of the same list share an id.</summary>
    public const string DuplicateId = "AIMS1002";

    /// <summary>Error: an owner or responsible role is not a role of the RACI matrix.</summary>
    public const string UnknownOwner = "AIMS1003";

    /// <summary>Error: a data classification label is not on the workspace's classification scale.</summary>
    public const string UnknownClassification = "AIMS1004";

    /// <summary>Warning: an AI system has no intended purpose recorded.</summary>
    public const string MissingPurpose = "AIMS1005";

    /// <summary>Warning: an AI system has not been classified under the EU AI Act.</summary>
    public const string EuAiActCategoryNotAssessed = "AIMS1006";

    /// <summary>Warning: a third-party component has no shared-responsibility notes (Annex A.10).</summary>
    public const string MissingSharedResponsibility = "AIMS1007";

    /// <summary>Warning: a system was discovered outside the inventory process (shadow AI) and still needs onboarding.</summary>
    public const string ShadowAi = "AIMS1008";

    /// <summary>Warning: an inventory entry, risk or assessment is overdue for review.</summary>
    public const string ReviewOverdue = "AIMS1009";

    /// <summary>Error: a reference names a risk that is not in the register.</summary>
    public const string UnknownRisk = "AIMS1010";

    /// <summary>Error: a reference names a legal, regulatory or contractual obligation that is not in the scope.</summary>
    public const string UnknownObligation = "AIMS1011";

    /// <summary>Error: a reference names a control that is neither in Annex A nor an additional control of the SoA.</summary>
    public const string UnknownControl = "AIMS1012";

    /// <summary>Warning: an AI system in the inventory is not listed in the AIMS scope, nor explicitly out of it.</summary>
    public const string SystemNotInScope = "AIMS1013";

    /// <summary>Error: dates are in an impossible order (for example resolved before it occurred).</summary>
    public const string DateOrder = "AIMS1014";

    /// <summary>Error: an audit finding names a nonconformity that is not in the workspace.</summary>
    public const string UnknownNonconformity = "AIMS1015";

    /// <summary>Error: a nonconformity or audit finding names a requirement that is neither a clause nor a control of ISO/IEC 42001 (nor an additional control of the SoA).</summary>
    public const string UnknownRequirement = "AIMS1016";

    /// <summary>Error: a nonconformity's source is neither an internal audit, an audit finding nor an incident of the workspace.</summary>
    public const string UnknownSource = "AIMS1017";

    /// <summary>Error: a risk treatment relies on a control that the Statement of Applicability excludes.</summary>
    public const string TreatmentControlExcluded = "AIMS1018";

    /// <summary>Error: an EU AI Act high-risk system, or one at the highest risk level, is placed out of the AIMS scope.</summary>
    public const string HighRiskSystemOutOfScope = "AIMS1019";

    /// <summary>Error: an EU AI Act high-risk system, or one at the highest risk level, has no AI system impact assessment.</summary>
    public const string HighRiskSystemWithoutImpactAssessment = "AIMS1020";

    /// <summary>Error: a system claims the EU AI Act Art. 6(3) derogation without the documented assessment Art. 6(4) requires.</summary>
    public const string DerogationWithoutAssessment = "AIMS1021";

    /// <summary>Error: a system's Art. 6(3) derogation claim contradicts its classification (no Annex III area, or recorded as high-risk or prohibited).</summary>
    public const string DerogationContradictsClassification = "AIMS1022";

    /// <summary>Error: a system in an Annex III area is recorded as limited, minimal or general-purpose risk without an Art. 6(3) derogation claim.</summary>
    public const string AnnexIIISystemNotHighRisk = "AIMS1023";

    /// <summary>Error: the organization deploys a high-risk system as a public body (or provider of public services) without a fundamental rights impact assessment (EU AI Act Art. 27).</summary>
    public const string FundamentalRightsAssessmentMissing = "AIMS1024";

    /// <summary>
    /// Error (warning before deployment): a provider relies on the EU AI Act Art. 6(3) derogation for a system without
    /// the EU database registration Art. 49(2) requires before placing it on the market or putting it into service, or
    /// registered it only after the date it records as placed on the market.
    /// </summary>
    public const string DerogationNotRegistered = "AIMS1025";

    /// <summary>Error: a system that profiles natural persons claims the EU AI Act Art. 6(3) derogation; such an Annex III system is always high-risk.</summary>
    public const string DerogationWithProfiling = "AIMS1026";

    /// <summary>Warning: a system claims the EU AI Act Art. 6(3) derogation without recording whether it profiles natural persons, which would rule the claim out.</summary>
    public const string DerogationProfilingNotRecorded = "AIMS1027";

    /// <summary>Error: a system that is no general-purpose AI model records systemic risk or an open-source model, facts that concern general-purpose models only.</summary>
    public const string GeneralPurposeFactWithoutModel = "AIMS1028";

    /// <summary>Error: an impact assessment lacks an element the regime it is checked against requires (ISO/IEC 42005, EU AI Act Art. 27(1), GDPR Art. 35 link, NIST AI RMF MAP 5).</summary>
    public const string ImpactAssessmentElementMissing = "AIMS1041";

    /// <summary>Error: a system for which a regime requires an impact assessment (a FRIA under Art. 27, a DPIA for personal data, an AI impact assessment for a high-risk system) has none.</summary>
    public const string ImpactAssessmentMissing = "AIMS1042";

    /// <summary>Error when the fundamental rights impact assessment is approved, warning while it is a draft: no record of notifying the market surveillance authority of its results (Art. 27(3)).</summary>
    public const string FriaNotNotified = "AIMS1043";

    /// <summary>Warning: a risk is accepted for a system that has no approved impact assessment; the impact assessment comes before the risk decision.</summary>
    public const string RiskAcceptedWithoutImpactAssessment = "AIMS1044";

    /// <summary>Warning: a high-risk system depends on a supplier's model or API without the contract terms and attestations that matter for AI (no training on our data, incident notification, an ISO/IEC 42001 certificate or STAR for AI entry).</summary>
    public const string VendorAssuranceMissing = "AIMS1045";

    /// <summary>Warning: the AIMS scope does not record whether climate change is a relevant issue (clause 4.1 since the 2024 climate action amendments).</summary>
    public const string ClimateChangeNotDetermined = "AIMS1046";

    /// <summary>Warning: personal (or health) data of a system in scope is stored or processed in a region the AIMS scope does not permit (<see cref="AimsScope.PermittedDataRegions"/>).</summary>
    public const string PersonalDataOutsidePermittedRegions = "AIMS1051";

    /// <summary>Error: a model lineage names a data source the AI system does not have.</summary>
    public const string UnknownLineageDataSource = "AIMS1052";

    /// <summary>Warning: the model version a system runs has no recorded approval in its lineage.</summary>
    public const string ModelVersionNotApproved = "AIMS1053";

    /// <summary>Warning: a shadow-AI candidate from a discovery import is still untriaged (status new) more than <see cref="ShadowAiCandidate.TriageWindowDays"/> days after it was first seen.</summary>
    public const string ShadowAiCandidateUntriaged = "AIMS1054";
    /// <summary>Error: an AI objective names an AI policy the workspace does not have.</summary>
    public const string UnknownPolicy = "AIMS1071";

    /// <summary>Warning: an AI objective's target date has passed and its latest measurement does not meet the target.</summary>
    public const string ObjectiveMissed = "AIMS1072";

    /// <summary>Warning: an AI objective has no measurement within the review interval before the date validated (clause 6.2: objectives are monitored).</summary>
    public const string ObjectiveNotMeasured = "AIMS1073";

    /// <summary>Warning: a role responsible or accountable in the RACI matrix has no competence stated, while the workspace records competence.</summary>
    public const string CompetenceNotDefined = "AIMS1074";

    /// <summary>Warning: a competence required of a role has no record, or every record has lapsed.</summary>
    public const string CompetenceGap = "AIMS1075";

    /// <summary>Warning: a competence requirement or record names a role that is not in the RACI matrix.</summary>
    public const string CompetenceRoleNotInRaci = "AIMS1076";

    /// <summary>Error: the Statement of Applicability has no entry for an Annex A control.</summary>
    public const string SoaMissingControl = "AIMS1101";

    /// <summary>Error: an SoA entry names an id that is neither an Annex A control nor an additional control.</summary>
    public const string SoaUnknownControl = "AIMS1102";

    /// <summary>Error: the SoA has more than one entry for the same control.</summary>
    public const string SoaDuplicateEntry = "AIMS1103";

    /// <summary>Error: a control is excluded without a justification.</summary>
    public const string SoaExclusionWithoutJustification = "AIMS1104";

    /// <summary>Error: a control is included without a driver: no linked risk and no legal or contractual obligation.</summary>
    public const string SoaInclusionWithoutDriver = "AIMS1105";

    /// <summary>Warning: an included control has no owner.</summary>
    public const string SoaMissingOwner = "AIMS1106";

    /// <summary>Warning: a control is marked implemented but has no evidence.</summary>
    public const string SoaImplementedWithoutEvidence = "AIMS1107";

    /// <summary>Error: an additional control reuses an Annex A id.</summary>
    public const string SoaAdditionalControlCollides = "AIMS1108";

    /// <summary>Error: a control is excluded although a role-based rule says the organization needs it (for example A.10.4 while it is a provider).</summary>
    public const string SoaExclusionContradictsRoles = "AIMS1109";

    /// <summary>Error: a RACI activity has no Accountable role.</summary>
    public const string RaciNoAccountable = "AIMS1201";

    /// <summary>Error: a RACI activity has more than one Accountable role.</summary>
    public const string RaciSeveralAccountable = "AIMS1202";

    /// <summary>Error: a RACI activity has no Responsible role.</summary>
    public const string RaciNoResponsible = "AIMS1203";

    /// <summary>Error: the same role is assigned twice to the same activity.</summary>
    public const string RaciDuplicateAssignment = "AIMS1204";

    /// <summary>Warning: an impact assessment has not been approved.</summary>
    public const string ImpactAssessmentNotApproved = "AIMS1401";

    /// <summary>Warning: a management review did not consider every clause 9.3.2 topic.</summary>
    public const string ManagementReviewTopicMissing = "AIMS1301";

    /// <summary>Error: a count a management review recorded (incidents, serious incidents, open nonconformities) differs from what the workspace holds.</summary>
    public const string ManagementReviewFiguresDiffer = "AIMS1302";

    /// <summary>Warning: a serious incident's EU AI Act Art. 73 report is overdue.</summary>
    public const string SeriousIncidentReportOverdue = "AIMS1501";

    /// <summary>Warning: a corrective action of an open nonconformity is past its due date.</summary>
    public const string CorrectiveActionOverdue = "AIMS1601";

    /// <summary>Error: certification milestones are out of order (for example Stage 2 before Stage 1).</summary>
    public const string CertificationOrder = "AIMS1701";

    /// <summary>Error: a Stage 1 or Stage 2 audit is dated before a full internal audit (clauses 4 to 10) or before any management review of the AIMS.</summary>
    public const string CertificationBeforeAuditAndReview = "AIMS1702";

    /// <summary>Warning: an effect of a control measure acts on a FAIR node the risk's scenario lacks; the effect is left out for that risk.</summary>
    public const string ControlEffectNotApplicable = "AIMS1801";

    /// <summary>Warning: a typed residual rating falls in another band of the risk matrix than the computed residual risk.</summary>
    public const string ResidualRatingDisagrees = "AIMS1802";

    /// <summary>Error: no risk of the register has a FAIR scenario, so no residual risk can be computed.</summary>
    public const string NoQuantifiedRisk = "AIMS1803";

    /// <summary>Warning: a what-if control has no measure that acts on a quantified risk, so it changes nothing.</summary>
    public const string WhatIfControlWithoutEffect = "AIMS1804";

    /// <summary>Warning: a control measure acts on no risk (no risk is listed and no treatment relies on its control).</summary>
    public const string ControlMeasureActsOnNothing = "AIMS1805";

    /// <summary>Warning: licensed text names an id that is not in the catalog; the text was not attached.</summary>
    public const string UnknownLicensedTextId = "AIMS1901";

    /// <summary>Warning: licensed text for an id is blank; nothing was attached.</summary>
    public const string BlankLicensedText = "AIMS1902";

    /// <summary>Warning: licensed text names the same id twice; the first text was attached, the later one ignored.</summary>
    public const string DuplicateLicensedTextId = "AIMS1903";
}
