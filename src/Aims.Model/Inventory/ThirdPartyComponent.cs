namespace Aims.Model;

/// <summary>
/// A component of an AI system obtained from a supplier, with notes on how responsibilities are shared
/// (ISO/IEC 42001 Annex A.10).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ThirdPartyComponent
{
    /// <summary>Initializes a new instance of the <see cref="ThirdPartyComponent"/> class.</summary>
    /// <param name="name">The component, for example <c>GPT-4o API</c>.</param>
    /// <param name="kind">The kind of component.</param>
    /// <param name="supplier">The supplier.</param>
    /// <param name="version">The version in use; optional.</param>
    /// <param name="sharedResponsibility">Who is responsible for what (A.10.2); optional, but its absence is reported by validation.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="supplier"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ThirdPartyComponent(string name, ComponentKind kind, string supplier, string? version = null, string? sharedResponsibility = null)
    {
        Name = Guard.Text(name, nameof(name));
        Kind = Guard.Defined(kind, nameof(kind));
        Supplier = Guard.Text(supplier, nameof(supplier));
        Version = Guard.OptionalText(version);
        SharedResponsibility = Guard.OptionalText(sharedResponsibility);
    }

    /// <summary>Gets the component name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of component.</summary>
    public ComponentKind Kind { get; }

    /// <summary>Gets the supplier.</summary>
    public string Supplier { get; }

    /// <summary>Gets the version in use, if recorded.</summary>
    public string? Version { get; }

    /// <summary>Gets the shared-responsibility notes, if recorded.</summary>
    public string? SharedResponsibility { get; }
}
