namespace Aims.Model;

/// <summary>What an AI system uses a data source for.</summary>
public enum DataUse
{
    /// <summary>Training a model. The model inherits this data's classification.</summary>
    Training,

    /// <summary>Fine-tuning a model. The model inherits this data's classification.</summary>
    FineTuning,

    /// <summary>Validation or testing only.</summary>
    Evaluation,

    /// <summary>Input at inference time (prompts, features, retrieval sources).</summary>
    Inference,
}
