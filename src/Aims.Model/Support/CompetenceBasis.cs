namespace Aims.Model;

/// <summary>On what basis a person is competent (ISO/IEC 42001 clause 7.2 b: education, training or experience).</summary>
public enum CompetenceBasis
{
    /// <summary>Training completed, for example an internal AI risk-assessment course.</summary>
    Training,

    /// <summary>Formal education, for example a degree.</summary>
    Education,

    /// <summary>Relevant experience, for example years in model validation.</summary>
    Experience,

    /// <summary>A certification, for example a lead-auditor qualification; usually with an expiry.</summary>
    Certification,
}
