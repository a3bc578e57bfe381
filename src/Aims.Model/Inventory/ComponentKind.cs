namespace Aims.Model;

/// <summary>The kind of a third-party component of an AI system (ISO/IEC 42001 Annex A.10).</summary>
public enum ComponentKind
{
    /// <summary>A model consumed through a supplier's API (for example a hosted LLM).</summary>
    ExternalModelApi,

    /// <summary>A pre-trained model that the organization runs or fine-tunes itself.</summary>
    PretrainedModel,

    /// <summary>A dataset obtained from a third party.</summary>
    Dataset,

    /// <summary>A software library or framework.</summary>
    Library,
}
