namespace Aims.Model;

/// <summary>What a <see cref="SustainabilityMeasurement"/> measures, which fixes its unit.</summary>
public enum SustainabilityMetric
{
    /// <summary>Energy used to train or fine-tune the model, in kilowatt-hours (kWh).</summary>
    TrainingEnergy,

    /// <summary>Energy used to run the model in production (inference), in kilowatt-hours (kWh).</summary>
    InferenceEnergy,

    /// <summary>Greenhouse-gas emissions of training, in kilograms of CO2 equivalent (kg CO2e).</summary>
    TrainingEmissions,

    /// <summary>Greenhouse-gas emissions of inference, in kilograms of CO2 equivalent (kg CO2e).</summary>
    InferenceEmissions,

    /// <summary>Water consumed (data-centre cooling), in litres.</summary>
    Water,
}
