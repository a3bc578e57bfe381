namespace Aims.Model;

/// <summary>The risk category of an AI system under the EU AI Act.</summary>
public enum EuAiActRiskCategory
{
    /// <summary>Not yet classified. Reported as a warning by workspace validation.</summary>
    NotAssessed,

    /// <summary>A prohibited practice (Art. 5).</summary>
    Prohibited,

    /// <summary>High-risk (Art. 6 with Annex I or Annex III).</summary>
    High,

    /// <summary>Subject to transparency obligations only (Art. 50).</summary>
    Limited,

    /// <summary>No specific obligations beyond AI literacy (Art. 4).</summary>
    Minimal,

    /// <summary>A general-purpose AI model or system (Chapter V, Arts. 51–55).</summary>
    GeneralPurpose,
}
