using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The comparisons behind the model's value equality: strings ordinal, instants exact (same moment and offset),
/// collections by sequence, so two graphs are equal exactly when every writer would write them alike.
/// </summary>
internal static class ValueEquality
{
    public static bool Text(string? left, string? right) => string.Equals(left, right, StringComparison.Ordinal);

    public static bool Instant(DateTimeOffset? left, DateTimeOffset? right) =>
        left is { } l ? right is { } r && l.EqualsExact(r) : right is null;

    public static int InstantHash(DateTimeOffset? value) => value is { } v ? HashCode.Combine(v.UtcTicks, v.Offset) : 0;

    public static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);
    }

    public static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.IsDefault ? 0 : items.Length);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    public static bool Sequence<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue> left, ImmutableSortedDictionary<TKey, TValue> right)
        where TKey : notnull =>
        left.Count == right.Count && left.SequenceEqual(right);

    public static int SequenceHash<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue> items)
        where TKey : notnull
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var (key, value) in items)
        {
            hash.Add(key);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
