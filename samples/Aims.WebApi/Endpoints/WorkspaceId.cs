using System.Text.RegularExpressions;

namespace Aims.WebApi.Endpoints;

/// <summary>A workspace id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</summary>
internal static partial class WorkspaceId
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
