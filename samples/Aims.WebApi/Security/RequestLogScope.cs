using System.Collections;

namespace Aims.WebApi.Security;

/// <summary>The logging scope of a request: its tenant and request id, as named properties for structured sinks.</summary>
internal sealed class RequestLogScope(string? tenantId, string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("TenantId", tenantId),
        1 => new("RequestId", requestId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"TenantId:{tenantId} RequestId:{requestId}";
}
