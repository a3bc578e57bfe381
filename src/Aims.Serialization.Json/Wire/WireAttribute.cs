namespace Aims.Serialization.Json.Wire;

/// <summary>
/// Describes a string member for the published JSON Schema: the enum whose camelCase names it holds, or its
/// format (<c>date</c>, <c>date-time</c>). Read by the schema generator, never at run time.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireAttribute : Attribute
{
    public Type? Enum { get; init; }

    public string? Format { get; init; }
}
