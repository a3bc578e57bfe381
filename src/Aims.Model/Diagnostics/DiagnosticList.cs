namespace Aims.Model;

/// <summary>Collects diagnostics under a path prefix, so nested validators report paths from the document root.</summary>
internal sealed class DiagnosticList
{
    private readonly List<AimsDiagnostic> _items;
    private readonly string _prefix;

    public DiagnosticList()
        : this([], "")
    {
    }

    private DiagnosticList(List<AimsDiagnostic> items, string prefix)
    {
        _items = items;
        _prefix = prefix;
    }

    public IReadOnlyList<AimsDiagnostic> Items => _items;

    public DiagnosticList At(params object[] tokens) => new(_items, _prefix + JsonPointer.Of(tokens));

    public void Error(string code, string message, params object[] tokens) =>
        _items.Add(new AimsDiagnostic(code, _prefix + JsonPointer.Of(tokens), message));

    public void Warning(string code, string message, params object[] tokens) =>
        _items.Add(new AimsDiagnostic(code, _prefix + JsonPointer.Of(tokens), message, DiagnosticSeverity.Warning));

    /// <summary>Reports every id that occurs more than once, at each repeat.</summary>
    public void Duplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string what, string collection)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(id(items[i])))
            {
                Error(ModelDiagnosticCodes.DuplicateId, $"Duplicate {what} id '{id(items[i])}'.", collection, i, "id");
            }
        }
    }
}
