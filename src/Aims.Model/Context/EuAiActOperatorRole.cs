namespace Aims.Model;

/// <summary>
/// An operator role under the EU AI Act (Regulation (EU) 2024/1689, Art. 3(3)–(8)). One organization may hold
/// several for the same AI system, and the role may change (Art. 25).
/// </summary>
public enum EuAiActOperatorRole
{
    /// <summary>Develops an AI system or model, or has it developed, and places it on the market under its own name (Art. 3(3)).</summary>
    Provider,

    /// <summary>Uses an AI system under its authority, other than for personal non-professional use (Art. 3(4)).</summary>
    Deployer,

    /// <summary>Established in the Union; places on the market a system bearing the name of a provider outside the Union (Art. 3(6)).</summary>
    Importer,

    /// <summary>Makes a system available on the Union market, other than the provider or importer (Art. 3(7)).</summary>
    Distributor,

    /// <summary>Established in the Union; holds a written mandate from a non-EU provider (Art. 3(5)).</summary>
    AuthorisedRepresentative,

    /// <summary>Places an AI system on the market together with its product and under its own name (Art. 25(3)).</summary>
    ProductManufacturer,
}
