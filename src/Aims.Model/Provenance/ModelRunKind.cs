namespace Aims.Model;

/// <summary>What a recorded run of a model did.</summary>
public enum ModelRunKind
{
    /// <summary>Training a model from scratch or continuing pre-training.</summary>
    Training,

    /// <summary>Fine-tuning a base model on further data.</summary>
    FineTuning,

    /// <summary>Evaluating a model version (accuracy, robustness, fairness).</summary>
    Evaluation,
}
