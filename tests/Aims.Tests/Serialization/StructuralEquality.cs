using System.Collections;
using System.Reflection;

namespace Aims.Tests.Serialization;

/// <summary>
/// Compares two object graphs through every public instance property, recursively. Round-trip tests use it so a
/// member the wire format forgets fails the test even when the type has no value equality of its own.
/// </summary>
internal static class StructuralEquality
{
    /// <summary>Returns the first difference as "path: expected ≠ actual", or <see langword="null"/> when equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "$", int depth = 0)
    {
        if (depth > 40)
        {
            return $"{path}: graph deeper than 40 levels";
        }

        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: type {expected.GetType().Name} ≠ {actual.GetType().Name}";
        }

        switch (expected)
        {
            case double d:
                return BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)actual) ? null : $"{path}: {d:R} ≠ {(double)actual:R}";
            case DateTimeOffset t:
                return t.EqualsExact((DateTimeOffset)actual) ? null : $"{path}: {t:O} ≠ {(DateTimeOffset)actual:O}";
            case string or bool or int or long or decimal or DateOnly or DateTime or Enum or Guid:
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
            case IEnumerable sequence:
                var left = sequence.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    return $"{path}: {left.Count} items ≠ {right.Count} items";
                }

                for (var i = 0; i < left.Count; i++)
                {
                    if (FirstDifference(left[i], right[i], $"{path}[{i}]", depth + 1) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
        }

        var type = expected.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            return FirstDifference(type.GetProperty("Key")!.GetValue(expected), type.GetProperty("Key")!.GetValue(actual), path + ".key", depth + 1)
                ?? FirstDifference(type.GetProperty("Value")!.GetValue(expected), type.GetProperty("Value")!.GetValue(actual), path + ".value", depth + 1);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", depth + 1) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
