using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>Groups items linked by equal or equivalent mappings into <see cref="CommonControl"/>s.</summary>
public static class CommonControlSet
{
    /// <summary>Builds the common controls of a crosswalk, taking owners and evidence from an SoA.</summary>
    /// <param name="crosswalk">The mappings; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="soa">Supplies the owner and evidence of ISO/IEC 42001 members; optional.</param>
    /// <returns>Every group of two or more items, largest first, then by id.</returns>
    public static ImmutableArray<CommonControl> Build(Crosswalk? crosswalk = null, StatementOfApplicability? soa = null)
    {
        crosswalk ??= Crosswalk.BuiltIn;
        var parent = new Dictionary<(string, string), (string, string)>();
        (string, string) Find((string, string) x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.TryGetValue(p, out var gp) ? gp : p; // path halving
                x = parent[x];
            }

            return x;
        }

        foreach (var m in crosswalk.Sets.SelectMany(s => s.Mappings)
                     .Where(m => m.Relationship is Relationship.EqualTo or Relationship.EquivalentTo))
        {
            var (a, b) = ((m.SourceFramework, m.SourceId), (m.TargetFramework, m.TargetId));
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[rb] = ra;
            }
        }

        FrameworkItem? Item((string Framework, string Id) key) =>
            FrameworkCatalogs.TryGet(key.Framework, out var c) && c.TryGetItem(key.Id, out var i) ? i : null;

        return [.. parent.Keys.GroupBy(Find)
            .Select(g => g.Select(Item).OfType<FrameworkItem>()
                .OrderBy(i => i.FrameworkId == FrameworkIds.Iso42001 ? 0 : 1).ThenBy(i => i.FrameworkId, StringComparer.Ordinal)
                .ThenBy(i => FrameworkCatalogs.Get(i.FrameworkId).Items.IndexOf(i)).ToImmutableArray())
            .Where(members => members.Length > 1)
            .Select(members =>
            {
                var entry = members.Where(m => m.FrameworkId == FrameworkIds.Iso42001).Select(m => soa?.Find(m.Id)).FirstOrDefault(e => e is not null);
                return new CommonControl($"CC-{members[0].Key}", members, entry?.Owner, entry?.Evidence ?? []);
            })
            .OrderByDescending(c => c.Members.Length).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }
}
