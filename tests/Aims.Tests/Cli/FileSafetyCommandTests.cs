using Aims.Cli;
using Aims.Serialization.Json;
using Aims.Tests.Serialization;

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
    public void A_csv_over_the_json_size_limit_is_streamed_and_imported_whole()
    {
        // Issue 13, reproduction 10: CSV rows are independent, so a spreadsheet is streamed within the CSV readers'
        // limits instead of being refused at the 64 MiB that JSON documents are read whole up to.
        var big = Path.Combine(_directory.FullName, "big.csv");
        var padding = new string('x', 60_000);
        var rows = 0;
        using (var writer = new StreamWriter(big))
        {
            writer.Write("Id,Name,Padding\n");
            while (writer.BaseStream.Length <= CliFiles.MaxFileBytes)
            {
                writer.Write($"s{rows},System {rows},{padding}\n");
                rows++;
                writer.Flush();
            }
        }

        var outFile = Path.Combine(_directory.FullName, "inventory.json");

        var import = CliRunner.Run("import", "csv", "inventory", big, "--out", outFile);
        var validate = CliRunner.Run("validate", big);

        Assert.True(new FileInfo(big).Length > CliFiles.MaxFileBytes);
        Assert.Equal(CliApp.Ok, import.Exit);
        Assert.Contains($"{rows} of {rows} inventory rows accepted", import.Out, StringComparison.Ordinal);
        var systems = AimsJson.ReadInventory(File.ReadAllText(outFile)).Partial();
        Assert.Equal(rows, systems.Length);
        Assert.Equal($"System {rows - 1}", systems[^1].Name);
        Assert.Equal(CliApp.Ok, validate.Exit);
        Assert.Contains(": inventory, valid", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_deep_inside_a_streamed_csv_is_rejected_not_replaced()
    {
        var file = Path.Combine(_directory.FullName, "late.csv");
        var good = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"s{i},System {i}\n"));
        File.WriteAllBytes(file, [.. "Id,Name\n"u8, .. System.Text.Encoding.UTF8.GetBytes(good), .. "z,Bad"u8, 0xFF, .. "\n"u8]);

        var import = CliRunner.Run("import", "csv", "inventory", file);
        var validate = CliRunner.Run("validate", file);

        Assert.Equal(CliApp.Unusable, import.Exit);
        Assert.Contains("not valid UTF-8", import.Err, StringComparison.Ordinal);
        Assert.Equal(CliApp.Unusable, validate.Exit);
        Assert.Contains("not valid UTF-8", validate.Err, StringComparison.Ordinal);
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
