namespace Aims.Tests;

/// <summary>The laws of value equality, checked on two generated values and a rebuilt copy of the first.</summary>
internal static class EqualityLaws
{
    /// <summary>
    /// Checks that <paramref name="x"/> equals its copy (both ways, also as <see cref="object"/>, with equal hash codes),
    /// that equality with <paramref name="y"/> is symmetric with equal hash codes when equal, and that
    /// <paramref name="x"/> does not equal <see langword="null"/>.
    /// </summary>
    public static bool Hold<T>(T x, T copy, T y)
        where T : class, IEquatable<T> =>
        !ReferenceEquals(x, copy)
        && x.Equals(copy) && copy.Equals(x) && x.Equals((object)copy) && Equals(x, copy)
        && x.GetHashCode() == copy.GetHashCode()
        && x.Equals(y) == y.Equals(x)
        && (!x.Equals(y) || x.GetHashCode() == y.GetHashCode())
        && !x.Equals(null) && !x.Equals((object?)null);

    /// <summary>
    /// Checks <see cref="Hold{T}(T, T, T)"/>, and also that <paramref name="x"/> and <paramref name="y"/> are equal
    /// exactly when their <paramref name="members"/> are, through <c>Equals</c> and <c>==</c>/<c>!=</c>, and that
    /// <c>==</c> treats <see langword="null"/> as equal only to <see langword="null"/>.
    /// </summary>
    public static bool Hold<T>(T x, T copy, T y, Func<T, object> members, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class, IEquatable<T>
    {
        var same = members(x).Equals(members(y));
        return Hold(x, copy, y)
            && equal(x, copy) && !notEqual(x, copy)
            && x.Equals(y) == same && equal(x, y) == same && notEqual(x, y) != same
            && !equal(x, null) && notEqual(null, x) && equal(null, null);
    }
}
