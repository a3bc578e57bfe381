namespace Aims.Serialization.Json.Wire;

/// <summary>
/// Describes a member for the published JSON Schema: for a string, the enum whose camelCase names it holds, or its
/// format (<c>date</c>, <c>date-time</c>); for a number, its range (the FAIR engine's domain, docs/limits.md). Read
/// by the schema generator, never at run time: the reader checks the same ranges through the model.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireAttribute : Attribute
{
    public Type? Enum { get; init; }

    public string? Format { get; init; }

    public string? Pattern { get; init; }

    public double Minimum { get; init; } = double.NaN;

    public double Maximum { get; init; } = double.NaN;

    public bool ExclusiveMinimum { get; init; }
}
