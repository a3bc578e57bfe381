using System.Globalization;
using System.Text;

namespace Aims.Model;

/// <summary>Builds RFC 6901 JSON Pointers for diagnostic paths.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Of(params object[] tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(Convert.ToString(token, CultureInfo.InvariantCulture) ?? ""));
        }

        return builder.ToString();
    }
}
