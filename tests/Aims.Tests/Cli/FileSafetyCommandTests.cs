using Aims.Cli;
using Aims.Serialization.Json;

namespace Aims.Tests.Cli;

/// <summary>
/// Issue 13, reproductions 8, 10 and 11 through the CLI: an input file is never overwritten, an output is replaced only
/// when complete, files are read within the readers' size limit and as strict UTF-8.
/// </summary>
public sealed class FileSafetyCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aims-files-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Report_refuses_to_write_over_its_workspace()
    {
        var workspace = Path.Combine(_directory.FullName, "ws.json");
        Assert.Equal(CliApp.Ok, CliRunner.Run("export", "workspace", "--out", workspace).Exit);
        var before = File.ReadAllBytes(workspace);

        var (exit, _, error) = CliRunner.Run("report", "--workspace", workspace, "--out", workspace);
        var viaOtherSpelling = CliRunner.Run("report", "--workspace", workspace, "--out", Path.Combine(_directory.FullName, ".", "ws.json"));

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("input file", error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Unusable, viaOtherSpelling.Exit);
        Assert.Equal(before, File.ReadAllBytes(workspace));
    }

    [Fact]
    public void Import_refuses_to_write_over_the_csv_it_reads()
    {
        var csv = Write("inv.csv", "Id,Name\na,Alpha\n");

        var (exit, _, _) = CliRunner.Run("import", "csv", "inventory", csv, "--out", csv);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Equal("Id,Name\na,Alpha\n", File.ReadAllText(csv));
    }

    [Fact]
    public void An_import_with_every_row_bad_leaves_an_existing_out_file_as_it_was()
    {
        var bad = Write("bad.csv", "Name,LossEventFrequency,PrimaryLoss\nx,cauchy(1),constant(1)\ny,constant(NaN),constant(1)\n");
        var keep = Write("keep.json", "{\"precious\": true}");

        var (exit, _, _) = CliRunner.Run("import", "csv", "fair-scenarios", bad, "--out", keep);

        Assert.Equal(CliApp.Problems, exit);
        Assert.Equal("{\"precious\": true}", File.ReadAllText(keep));
    }

    [Fact]
    public void Writing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var out_ = Write("inventory.json", "old");

        var (exit, _, _) = CliRunner.Run("export", "inventory", "--out", out_);

        Assert.Equal(CliApp.Ok, exit);
        Assert.True(AimsJson.ReadInventory(File.ReadAllText(out_)).IsValid);
        Assert.Equal(["inventory.json"], _directory.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_exit_2_before_it_is_read_whole()
    {
        var big = Path.Combine(_directory.FullName, "big.json");
        using (var stream = File.Create(big))
        {
            stream.SetLength(CliFiles.MaxFileBytes + 1);
        }

        var (exit, _, error) = CliRunner.Run("validate", big);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("larger than", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_device_is_refused_with_exit_2()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exit, _, error) = CliRunner.Run("validate", "/dev/zero");

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("larger than", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_is_rejected_by_validate_with_the_library_readers_diagnostic()
    {
        byte[] bytes = [.. "{\"kind\":\"soa\",\"schemaVersion\":\"1.0\",\"revision\":{\"version\":\"1\"},\"entries\":[{\"controlId\":\"A.2.2\",\"justification\":\"x"u8, 0xFF, .. "\"}]}"u8];
        var file = Path.Combine(_directory.FullName, "soa.json");
        File.WriteAllBytes(file, bytes);
        using var stream = new MemoryStream(bytes);
        var library = await AimsJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        var (exit, output, error) = CliRunner.Run("validate", file);

        Assert.False(library.IsValid);
        Assert.Equal(CliApp.Unusable, exit);
        Assert.All(library.Diagnostics, d => Assert.Contains($"{d.Code}", output + error, StringComparison.Ordinal));
        Assert.All(library.Diagnostics, d => Assert.Contains(d.Message, output + error, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_in_a_csv_is_rejected_not_replaced()
    {
        var file = Path.Combine(_directory.FullName, "inv.csv");
        File.WriteAllBytes(file, [.. "Id,Name\na,Al"u8, 0xC3, 0x28, .. "pha\n"u8]);

        var (exit, _, error) = CliRunner.Run("import", "csv", "inventory", file);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inventory_mentioning_mapping_collection_is_validated_as_an_inventory()
    {
        // Issue 13, reproduction 12: the substring made validate read it as OSCAL.
        var file = Write("inv.json", """{"kind":"inventory","schemaVersion":"1.0","systems":[{"id":"s1","name":"Says \"mapping-collection\""}]}""");

        var (exit, output, _) = CliRunner.Run("validate", file);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains(": inventory, valid", output, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
