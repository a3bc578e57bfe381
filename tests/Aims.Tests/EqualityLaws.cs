namespace Aims.Tests;

/// <summary>The laws of value equality, checked on two generated values and a rebuilt copy of the first.</summary>
internal static class EqualityLaws
{
    /// <summary>
    /// Checks that <paramref name="x"/> equals its copy (both ways, with equal hash codes), that <paramref name="x"/> and
    /// <paramref name="y"/> are equal exactly when their <paramref name="members"/> are, symmetrically and through
    /// <c>==</c>/<c>!=</c>, with equal hash codes when equal, and that nothing equals <see langword="null"/>.
    /// </summary>
    public static bool Hold<T>(T x, T copy, T y, Func<T, object> members, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class, IEquatable<T>
    {
        var same = members(x).Equals(members(y));
        return !ReferenceEquals(x, copy)
            && x.Equals(copy) && copy.Equals(x) && x.Equals((object)copy) && equal(x, copy) && !notEqual(x, copy)
            && x.GetHashCode() == copy.GetHashCode()
            && x.Equals(y) == same && y.Equals(x) == same && equal(x, y) == same && notEqual(x, y) != same
            && (!same || x.GetHashCode() == y.GetHashCode())
            && !x.Equals(null) && !x.Equals((object?)null) && !equal(x, null) && notEqual(null, x) && equal(null, null);
    }
}
