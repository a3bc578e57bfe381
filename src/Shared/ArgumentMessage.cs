// Compiled into Aims.Serialization.Csv and Aims.Serialization.Json (linked source): one copy, internal to each.
namespace Aims.Shared;

/// <summary>The reason an <see cref="ArgumentException"/> gives, without the decoration the runtime adds to its message.</summary>
internal static class ArgumentMessage
{
    private const string Probe = "\u0001";

    /// <summary>
    /// The message without the runtime's " (Parameter 'x')" and "Actual value was …" decoration. The decoration is
    /// produced by the same runtime (in its own, possibly localized words) for a probe exception of the same kind and
    /// removed as a suffix, so no English text is searched for.
    /// </summary>
    public static string Reason(ArgumentException exception)
    {
        var message = exception.Message;
        if (string.IsNullOrEmpty(exception.ParamName))
        {
            return message;
        }

        var probe = exception switch
        {
            ArgumentOutOfRangeException range => new ArgumentOutOfRangeException(range.ParamName, range.ActualValue, Probe).Message,
            _ => new ArgumentException(Probe, exception.ParamName).Message,
        };
        var decoration = probe.StartsWith(Probe, StringComparison.Ordinal) ? probe[Probe.Length..] : "";
        return decoration.Length > 0 && message.Length > decoration.Length && message.EndsWith(decoration, StringComparison.Ordinal)
            ? message[..^decoration.Length]
            : message;
    }
}
