namespace Aims.Tests.Serialization;

internal static class AimsResultTestExtensions
{
    /// <summary>The value a reader kept (the good records), failing the test when there is none.</summary>
    public static T Partial<T>(this AimsResult<T> result) =>
        result.TryGetPartialValue(out var value) ? value : throw new Xunit.Sdk.XunitException("The result has no value: " + string.Join("\n", result.Diagnostics));
}
