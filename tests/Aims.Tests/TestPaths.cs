using System.Reflection;

namespace Aims.Tests;

/// <summary>Locations the build stamps into the test assembly.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("Aims.Tests.RepositoryRoot");

    public static string ApprovedDirectory { get; } = Metadata("Aims.Tests.ApprovedDirectory");

    /// <summary>The shared OSCAL folder next to the repository, or <see langword="null"/> when absent.</summary>
    public static string? OscalDirectory { get; } = Existing(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "oscal")));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string? Existing(string path) => Directory.Exists(path) ? path : null;
}
