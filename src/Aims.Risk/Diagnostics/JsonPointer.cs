using System.Globalization;
using System.Text;

namespace Aims;

/// <summary>
/// Builds the RFC 6901 JSON Pointers that every <see cref="AimsDiagnostic.Path"/> uses, so a host that adds its own
/// checks writes paths in the same syntax: <c>JsonPointer.Of("systems", 2, "id")</c> is <c>/systems/2/id</c>.
/// </summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c> (RFC 6901 section 3).</summary>
    /// <param name="token">The token, for example a member name or a catalog id such as <c>A&amp;A-01</c>.</param>
    /// <returns>The escaped token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Builds a pointer from tokens, each escaped; numbers are written in the invariant culture.</summary>
    /// <param name="tokens">Member names and array indexes, outermost first; none gives <c>""</c>, the whole document.</param>
    /// <returns>The pointer, for example <c>/soa/entries/5/justification</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is <see langword="null"/>.</exception>
    public static string Of(params object[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(Convert.ToString(token, CultureInfo.InvariantCulture) ?? ""));
        }

        return builder.ToString();
    }
}
