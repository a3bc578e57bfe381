namespace Aims.Model;

/// <summary>
/// A trait of an AI system that makes a class of threats relevant to it: a threat catalog entry lists the traits it
/// needs (see the threat catalogs of <c>Aims.Mapping</c>), so the traits of a system select the threats to assess.
/// </summary>
public enum AiSystemTrait
{
    /// <summary>The system uses a large language model (hosted or its own).</summary>
    LargeLanguageModel,

    /// <summary>The system retrieves documents or records into the model's context (retrieval-augmented generation).</summary>
    Retrieval,

    /// <summary>The model can call tools, functions or plug-ins that act on other systems.</summary>
    Tools,

    /// <summary>The system plans and acts in several steps as an agent, or several agents work together.</summary>
    Agents,

    /// <summary>The system takes consequential actions without a person approving each one.</summary>
    Autonomy,

    /// <summary>People outside the organisation can reach the system (a public interface or customer-facing use).</summary>
    PublicExposure,

    /// <summary>The system processes personal data in its inputs, context, training data or outputs.</summary>
    PersonalData,
}
