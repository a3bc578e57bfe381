using Aims.Model;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class SoaDiffProperties
{
    [Property]
    public bool Swapping_versions_swaps_added_and_removed(StatementOfApplicability a, StatementOfApplicability b)
    {
        var forward = SoaDiff.Between(a, b);
        var backward = SoaDiff.Between(b, a);

        return forward.Added.SequenceEqual(backward.Removed) && forward.Removed.SequenceEqual(backward.Added);
    }

    [Property]
    public bool Swapping_versions_swaps_old_and_new_values(StatementOfApplicability a, StatementOfApplicability b)
    {
        var forward = SoaDiff.Between(a, b).Changed.ToDictionary(c => c.ControlId);
        var backward = SoaDiff.Between(b, a).Changed.ToDictionary(c => c.ControlId);

        return forward.Count == backward.Count && forward.All(kv =>
            backward.TryGetValue(kv.Key, out var other)
            && kv.Value.Changes.Select(c => (c.Field, c.OldValue, c.NewValue))
                .SequenceEqual(other.Changes.Select(c => (c.Field, c.NewValue, c.OldValue))));
    }

    [Property]
    public bool A_version_compared_with_itself_has_no_differences(StatementOfApplicability a) =>
        SoaDiff.Between(a, a).IsEmpty;

    [Property]
    public bool Every_control_is_accounted_for_exactly_once(StatementOfApplicability a, StatementOfApplicability b)
    {
        var diff = SoaDiff.Between(a, b);
        var before = a.Entries.Select(e => e.ControlId).ToHashSet();
        var after = b.Entries.Select(e => e.ControlId).ToHashSet();

        return diff.Added.Select(e => e.ControlId).ToHashSet().SetEquals(after.Except(before))
            && diff.Removed.Select(e => e.ControlId).ToHashSet().SetEquals(before.Except(after))
            && diff.Changed.All(c => before.Contains(c.ControlId) && after.Contains(c.ControlId));
    }
}
