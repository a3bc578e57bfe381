namespace Aims.Model;

/// <summary>How a risk is treated (ISO 31000 / ISO/IEC 23894 treatment options).</summary>
public enum TreatmentOption
{
    /// <summary>Change likelihood or consequence with controls.</summary>
    Modify,

    /// <summary>Stop the activity that gives rise to the risk.</summary>
    Avoid,

    /// <summary>Share the risk (insurance, contracts, suppliers).</summary>
    Share,

    /// <summary>Retain the risk by informed decision.</summary>
    Retain,
}
