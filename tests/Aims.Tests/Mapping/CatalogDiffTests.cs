using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;
using Aims.Tests.Serialization;
using FsCheck.Xunit;

namespace Aims.Tests.Mapping;

public class CatalogDiffTests
{
    private static FrameworkCatalog Catalog(params (string Id, string Title)[] items) =>
        new(new FrameworkMetadata("x", "X", "1", "P", "L", "S", new DateOnly(2026, 1, 1)), items.Select(i => new FrameworkItem("x", i.Id, "control", null, i.Title)));

    [Fact]
    public void Every_built_in_catalog_is_a_version_with_a_status_and_a_key()
    {
        Assert.All(FrameworkIds.All, id => Assert.NotEmpty(FrameworkVersions.Of(id)));
        Assert.Equal(FrameworkVersions.All.Length, FrameworkVersions.All.Select(v => v.Key).Distinct().Count());
        Assert.Equal("eu-ai-act@2026", FrameworkVersions.Current(FrameworkIds.EuAiAct).Key);
        Assert.Same(FrameworkVersions.Get("eu-ai-act"), FrameworkVersions.Get("eu-ai-act@2026"));
        Assert.Equal(FrameworkStatus.Superseded, FrameworkVersions.Get("eu-ai-act@2024").Status);
        Assert.Equal(FrameworkStatus.ReportedUnverified, FrameworkVersions.Get("eu-ai-act@2026").Status);
        Assert.Equal(FrameworkStatus.Superseded, FrameworkVersions.Get("iso27701@2019").Status);
        Assert.Equal(new DateOnly(2026, 7, 26), FrameworkVersions.Get("eu-ai-act@2024").Catalog.Metadata.EffectiveUntil);
    }

    [Fact]
    public void An_unknown_key_names_the_keys_there_are()
    {
        var ex = Assert.Throws<ArgumentException>(() => FrameworkVersions.Get("eu-ai-act@1999"));
        Assert.Contains("eu-ai-act@2024", ex.Message, StringComparison.Ordinal);
        Assert.False(FrameworkVersions.TryGet("", out _));
        Assert.False(FrameworkVersions.TryGet("nope", out _));
    }

    [Fact]
    public void The_eu_ai_act_as_published_and_as_amended_differ_by_the_moved_high_risk_dates()
    {
        var diff = CatalogDiff.Compare(FrameworkVersions.Get("eu-ai-act@2024"), FrameworkVersions.Get("eu-ai-act@2026"));

        var annexIii = diff.Changes.Single(c => c.ItemId == "high-risk-annex-iii");
        Assert.Equal(CatalogChangeKind.DateMoved, annexIii.Kind);
        Assert.Equal((new DateOnly(2026, 8, 2), new DateOnly(2027, 12, 2)), (annexIii.OldDate!.Value, annexIii.NewDate!.Value));
        Assert.Equal("Regulation (EU) 2026/1744", annexIii.ChangedBy);
        Assert.Equal(SourceCertainty.Reported, annexIii.Certainty);
        var annexI = diff.Changes.Single(c => c.ItemId == "high-risk-annex-i");
        Assert.Equal((new DateOnly(2027, 8, 2), new DateOnly(2028, 8, 2)), (annexI.OldDate!.Value, annexI.NewDate!.Value));
        Assert.Equal(CatalogChangeKind.DateAdded, diff.Changes.Single(c => c.ItemId == "new-prohibitions").Kind);
        Assert.DoesNotContain(diff.Changes, c => c.Kind is CatalogChangeKind.Removed or CatalogChangeKind.Retitled);
    }

    [Fact]
    public void The_demo_workspace_lists_the_affected_obligations_and_soa_entries_with_paths()
    {
        var workspace = DemoWorkspace.Create();
        var impacts = CatalogDiff.Compare(FrameworkVersions.Get("eu-ai-act@2024"), FrameworkVersions.Get("eu-ai-act@2026")).ImpactOn(workspace);

        var credit = workspace.Systems.IndexOf(workspace.Systems.Single(s => s.Id == "credit-scoring"));
        var creditImpact = impacts.Single(i => i.Kind == WorkspaceImpactKind.Obligation && i.SubjectId == "credit-scoring");
        Assert.Equal($"/systems/{credit}", creditImpact.Path);
        Assert.Contains("Art.9", creditImpact.ItemIds);
        Assert.Contains("high-risk-annex-iii", creditImpact.ItemIds);
        Assert.Contains("2027-12-02", creditImpact.Action, StringComparison.Ordinal);
        Assert.Contains(impacts, i => i.Kind == WorkspaceImpactKind.Obligation && i.Path == "/scope/obligations/0" && i.SubjectId == "OBL-AIACT");

        // A.5.4 (impact assessment of individuals) supports Art. 27, whose date moved for the credit-scoring deployer.
        var soa = workspace.Soa!;
        var a54 = impacts.Single(i => i.Kind == WorkspaceImpactKind.SoaEntry && i.SubjectId == "A.5.4");
        Assert.Equal($"/soa/entries/{soa.Entries.IndexOf(soa.Entries.Single(e => e.ControlId == "A.5.4"))}", a54.Path);
        Assert.Contains("Art.27", a54.ItemIds);
        Assert.All(impacts, i => Assert.StartsWith("/", i.Path, StringComparison.Ordinal));
        Assert.Equal(impacts.Length, impacts.Select(i => (i.Kind, i.Path)).Distinct().Count());
    }

    [Fact]
    public void A_version_compared_with_itself_has_no_changes_and_no_impact()
    {
        var v = FrameworkVersions.Get("eu-ai-act@2026");
        var diff = CatalogDiff.Compare(v, v);
        Assert.Empty(diff.Changes);
        Assert.Empty(diff.ImpactOn(DemoWorkspace.Create()));
        Assert.Equal("no changes", diff.Summary());
    }

    [Fact]
    public void Versions_of_two_frameworks_cannot_be_compared()
    {
        Assert.Throws<ArgumentException>(() => CatalogDiff.Compare(FrameworkVersions.Get("iso42001"), FrameworkVersions.Get("eu-ai-act")));
    }

    [Fact]
    public void Items_are_renumbered_from_the_table_or_by_an_unchanged_title_and_otherwise_removed_or_added()
    {
        var before = FrameworkVersion.Create(Catalog(("A.1", "Policy"), ("A.2", "Roles"), ("A.3", "Logs"), ("A.4", "Old")), "1");
        var after = FrameworkVersion.Create(Catalog(("B.1", "Policy"), ("B.2", "Roles and duties"), ("A.3", "Logging"), ("B.9", "New")), "2")
            .WithRenumbering([new("A.2", "B.2")]);

        var changes = CatalogDiff.Compare(before, after).Changes;

        Assert.Equal(
            [(CatalogChangeKind.Renumbered, "A.1", "B.1", "same title"), (CatalogChangeKind.Renumbered, "A.2", "B.2", "renumbering table"),
             (CatalogChangeKind.Retitled, "A.3", null, null), (CatalogChangeKind.Removed, "A.4", null, null), (CatalogChangeKind.Added, "B.9", null, null)],
            changes.Select(c => (c.Kind, c.ItemId, c.NewItemId, c.Basis)));
    }

    [Fact]
    public void Two_aicm_versions_imported_from_the_customers_files_load_side_by_side_and_diff()
    {
        // The customer's own licensed workbooks (synthetic rows here: we ship ids and domains only, never CSA's text).
        const string V10 = "Control ID,Control Title,Control Specification\nGRC-01,Governance program,t\nMDS-01,Model documentation,t\nMDS-02,Model card,t\nDSP-05,Data inventory,t\n";
        const string V11 = "Control ID,Control Title,Control Specification\nGRC-01,Governance program,t\nMDS-01,Model documentation,t\nMDS-03,Model card,t\nDSP-05,Data inventory and lineage,t\nMDS-13,Agent tool permissions,t\n";
        var before = FrameworkVersion.Create(Aims.Serialization.Csv.AimsCsv.ReadAicmCatalog(new StringReader(V10), "1.0.3", new DateOnly(2025, 7, 10)).Partial(), "1.0.3");
        var after = FrameworkVersion.Create(Aims.Serialization.Csv.AimsCsv.ReadAicmCatalog(new StringReader(V11), "1.1", new DateOnly(2026, 6, 30)).Partial(), "1.1");

        var diff = CatalogDiff.Compare(before, after);

        Assert.Equal(("csa-aicm@1.0.3", "csa-aicm@1.1"), (before.Key, after.Key));
        Assert.Equal(
            [(CatalogChangeKind.Renumbered, "MDS-02", "MDS-03"), (CatalogChangeKind.Retitled, "DSP-05", null), (CatalogChangeKind.Added, "MDS-13", null)],
            diff.Changes.Select(c => (c.Kind, c.ItemId, c.NewItemId)));
    }

    [Fact]
    public void A_renumbered_iso_control_sends_its_soa_entry_evidence_and_nonconformities_to_review()
    {
        var current = FrameworkVersions.Get("iso42001");
        var items = current.Catalog.Items.Select(i => i.Id == "A.6.2.4" ? new FrameworkItem(i.FrameworkId, "A.6.2.40", i.Kind, i.ParentId, i.Title) : i);
        var next = FrameworkVersion.Create(new FrameworkCatalog(current.Catalog.Metadata, items), "next").WithRenumbering([new("A.6.2.4", "A.6.2.40")]);
        var workspace = DemoWorkspace.Create();

        var impacts = CatalogDiff.Compare(current, next).ImpactOn(workspace);

        var entry = impacts.Single(i => i.Kind == WorkspaceImpactKind.SoaEntry);
        Assert.Equal("A.6.2.4", entry.SubjectId);
        Assert.Contains("A.6.2.40", entry.Action, StringComparison.Ordinal);
        var evidence = workspace.Soa!.Entries.Single(e => e.ControlId == "A.6.2.4").Evidence.Length;
        Assert.Equal(evidence, impacts.Count(i => i.Kind == WorkspaceImpactKind.Evidence));
        Assert.Equal(workspace.Risks.Count(r => r.Treatment?.ControlIds.Contains("A.6.2.4") == true), impacts.Count(i => i.Kind == WorkspaceImpactKind.Risk));
        Assert.Contains(impacts, i => i.Kind == WorkspaceImpactKind.Mapping);
    }

    [Fact]
    public void A_label_with_a_separator_and_a_schedule_with_two_rows_for_one_scope_are_caller_bugs()
    {
        Assert.Throws<ArgumentException>(() => FrameworkVersion.Create(Catalog(("A", "a")), "1@2"));
        var row = EuAiActApplicationDates.InForce[0];
        Assert.Throws<ArgumentException>(() => FrameworkVersion.Create(Catalog(("A", "a")), "1").WithSchedule([row, row]));
        Assert.Throws<ArgumentException>(() => FrameworkVersion.Create(Catalog(("A", "a")), "1").WithRenumbering([new("Z", "missing")]));
        Assert.Throws<ArgumentException>(() => new FrameworkMetadata("x", "X", "1", "P", "L", "S", default).WithStatus(FrameworkStatus.InForce, new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameworkMetadata("x", "X", "1", "P", "L", "S", default).WithStatus((FrameworkStatus)99));
    }

    [Property]
    public bool Every_item_of_either_version_is_accounted_for_once(byte leftMask, byte rightMask)
    {
        string[] all = ["A", "B", "C", "D", "E", "F", "G", "H"];
        var left = all.Where((_, i) => (leftMask & (1 << i)) != 0).ToList();
        var right = all.Where((_, i) => (rightMask & (1 << i)) != 0).ToList();
        var from = FrameworkVersion.Create(Catalog([.. left.Select(i => (i, "t" + i))]), "1");
        var to = FrameworkVersion.Create(Catalog([.. right.Select(i => (i, "t" + i))]), "2");

        var changes = CatalogDiff.Compare(from, to).Changes;

        var removed = changes.Where(c => c.Kind == CatalogChangeKind.Removed).Select(c => c.ItemId).Order();
        var added = changes.Where(c => c.Kind == CatalogChangeKind.Added).Select(c => c.ItemId).Order();
        return removed.SequenceEqual(left.Except(right).Order()) && added.SequenceEqual(right.Except(left).Order())
            && changes.All(c => c.Kind is CatalogChangeKind.Added or CatalogChangeKind.Removed);
    }
}
