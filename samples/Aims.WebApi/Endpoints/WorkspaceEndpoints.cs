using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Aims.Mapping;
using Aims.Model;
using Aims.Reporting;
using Aims.Risk;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;
using Aims.WebApi.Data;
using Aims.WebApi.Security;
using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Endpoints;

/// <summary>
/// The tenant's workspaces with their history: every write is a new revision (who, when, why), guarded by
/// <c>If-Match</c>; revisions can be listed, read, compared (SoA diff), restored and approved.
/// </summary>
internal static class WorkspaceEndpoints
{
    public const string ReasonHeader = "Aims-Change-Reason";

    public static void MapWorkspaceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/workspaces", async (AimsDbContext db, CancellationToken ct) =>
            Results.Ok((await db.Workspaces.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct)).Select(w => new { id = w.Id, revision = w.CurrentRevision, createdAt = w.CreatedAt })))
            .RequireAuthorization(AimsRoles.Reader).WithName("ListWorkspaces").WithSummary("The tenant's workspaces.").Produces(StatusCodes.Status200OK).Problems();

        var one = app.MapGroup("/workspaces/{id}");
        app.MapGet("/workspaces/{id}", async (string id, AimsDbContext db, HttpResponse response, CancellationToken ct) =>
            await LoadAsync(db, id, ct) is ({ } record, { } revision) ? Document(response, revision.Document, record.CurrentRevision) : NotFound(id))
            .RequireAuthorization(AimsRoles.Reader).WithName("GetWorkspace").WithSummary("The current revision as a workspace document, with its ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Problems(StatusCodes.Status404NotFound);

        app.MapPut("/workspaces/{id}", PutAsync)
            .RequireAuthorization(AimsRoles.Editor).WithName("PutWorkspace")
            .WithSummary("Writes a new revision (201 for a new workspace). Needs If-Match with the current ETag for an existing workspace and an Aims-Change-Reason header.")
            .Accepts<JsonElement>("application/json").Produces(StatusCodes.Status200OK).Produces(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status412PreconditionFailed, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);

        one.MapGet("/revisions", async (string id, AimsDbContext db, CancellationToken ct) =>
        {
            if (!await db.Workspaces.AnyAsync(w => w.Id == id, ct))
            {
                return NotFound(id);
            }

            var revisions = await db.Revisions.AsNoTracking().Where(r => r.WorkspaceId == id).OrderBy(r => r.Number)
                .Select(r => new { number = r.Number, author = r.Author, createdAt = r.CreatedAt, reason = r.Reason, restoredFrom = r.RestoredFrom, draft = r.IsDraft, approvedBy = r.ApprovedBy, approvedAt = r.ApprovedAt, approvalReason = r.ApprovalReason })
                .ToListAsync(ct);
            return Results.Ok(revisions);
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("ListRevisions").WithSummary("Every revision: who, when, why, and who approved it, when and why.").Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status404NotFound);

        one.MapGet("/revisions/{number:int}", async (string id, int number, AimsDbContext db, HttpResponse response, CancellationToken ct) =>
            await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.WorkspaceId == id && r.Number == number, ct) is { } revision
                ? Document(response, revision.Document, null)
                : NotFound(id, number))
            .RequireAuthorization(AimsRoles.Reader).WithName("GetRevision").WithSummary("Any revision as a workspace document.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Problems(StatusCodes.Status404NotFound);

        one.MapGet("/soa/diff", async (string id, int from, int to, AimsDbContext db, CancellationToken ct) =>
        {
            var revisions = await db.Revisions.AsNoTracking().Where(r => r.WorkspaceId == id && (r.Number == from || r.Number == to)).ToListAsync(ct);
            if (revisions.Find(r => r.Number == from) is not { } older || revisions.Find(r => r.Number == to) is not { } newer)
            {
                return NotFound(id, revisions.Exists(r => r.Number == from) ? to : from);
            }

            if (Parse(older.Document).Soa is not { } a || Parse(newer.Document).Soa is not { } b)
            {
                return AimsProblems.Titled("A revision has no Statement of Applicability to compare.", StatusCodes.Status422UnprocessableEntity);
            }

            var diff = SoaDiff.Between(a, b);
            return Results.Ok(new
            {
                from,
                to,
                fromVersion = diff.FromVersion,
                toVersion = diff.ToVersion,
                added = diff.Added.Select(Entry),
                removed = diff.Removed.Select(Entry),
                changed = diff.Changed.Select(c => new { controlId = c.ControlId, changes = c.Changes.Select(f => new { field = f.Field, oldValue = f.OldValue, newValue = f.NewValue }) }),
            });
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("DiffSoa").WithSummary("The SoA changes between two revisions (?from=, ?to=).")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        one.MapPost("/revisions/{number:int}/restore", async (string id, int number, HttpContext http, AimsDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (Reason(http.Request) is not { } reason)
            {
                return MissingReason();
            }

            if (await LoadAsync(db, id, ct) is not ({ } record, _))
            {
                return NotFound(id);
            }

            if (Precondition(http.Request, record) is { } failed)
            {
                return failed;
            }

            if (await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.WorkspaceId == id && r.Number == number, ct) is not { } old)
            {
                return NotFound(id, number);
            }

            var written = await AppendAsync(db, record, id, old.Document, old.IsDraft, Subject(user), clock.GetUtcNow(), reason, number, null, http.Response, ct);
            if (written is not null)
            {
                return written;
            }

            await AuditLog.WriteAsync(http, AuditKinds.Restore, $"{id} revision {number} restored as {record.CurrentRevision}", ct);
            return Results.Ok(new { id, revision = record.CurrentRevision, restoredFrom = number });
        })
            .RequireAuthorization(AimsRoles.Editor).WithName("RestoreRevision").WithSummary("Writes a new revision with an earlier revision's document (If-Match, Aims-Change-Reason).")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

        one.MapPost("/revisions/{number:int}/approve", async (string id, int number, HttpContext http, AimsDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (await db.Revisions.SingleOrDefaultAsync(r => r.WorkspaceId == id && r.Number == number, ct) is not { } revision)
            {
                return NotFound(id, number);
            }

            if (revision.ApprovedBy is not null)
            {
                return AimsProblems.Titled($"Revision {number} was already approved by {revision.ApprovedBy}.", StatusCodes.Status409Conflict);
            }

            var approver = Subject(user);
            if (string.Equals(approver, revision.Author, StringComparison.Ordinal))
            {
                await AuditLog.WriteAsync(http, AuditKinds.AccessDenied, $"{id} revision {number}: self-approval refused", ct);
                return AimsProblems.Titled("The author of a revision cannot approve it (separation of duties).", StatusCodes.Status403Forbidden);
            }

            var why = Reason(http.Request);
            (revision.ApprovedBy, revision.ApprovedAt, revision.ApprovalReason) = (approver, clock.GetUtcNow(), why);
            await db.SaveChangesAsync(ct);
            await AuditLog.WriteAsync(http, AuditKinds.Approval, why is null ? $"{id} revision {number} approved" : $"{id} revision {number} approved: {why}", ct);
            return Results.Ok(new { id, number, approvedBy = revision.ApprovedBy, approvedAt = revision.ApprovedAt, approvalReason = why });
        })
            .RequireAuthorization(AimsRoles.Approver).WithName("ApproveRevision").WithSummary("Approves a revision (for example of the SoA); the approver, when and the optional Aims-Change-Reason are recorded in it and in the audit log.")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        // Approvals that change the document (a risk acceptance, an impact assessment's approval) are new revisions written
        // by the approver, who is recorded as their author and approver, with when and why (Aims-Change-Reason); the answer
        // carries the validator's findings on what was approved, so a decision taken blind (AIMS1044) is said at once.
        one.MapPost("/risks/{riskId}/accept", (string id, string riskId, HttpContext http, AimsDbContext db, AimsJsonSerializer json, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            ApproveAsync(id, http, db, json, clock, user, (workspace, approver, on, reason) =>
            {
                var index = IndexWhere(workspace.Risks, r => r.Id == riskId);
                if (index < 0)
                {
                    return (null, AimsProblems.Titled($"The workspace has no risk '{riskId}'.", StatusCodes.Status404NotFound), "", "");
                }

                var acceptance = new RiskAcceptance(approver, on).WithRationale(reason);
                var accepted = workspace.WithRisks(workspace.Risks.Select(r => r.Id == riskId ? r.WithAcceptance(acceptance) : r));
                return (accepted, null, $"risk {riskId} accepted", string.Create(CultureInfo.InvariantCulture, $"/risks/{index}/"));
            }, (revision, approver, findings) => new { id, revision, riskId, acceptedBy = approver, diagnostics = findings }, ct))
            .RequireAuthorization(AimsRoles.Approver).WithName("AcceptRisk")
            .WithSummary("Accepts a risk: a new revision recording the approver as the risk's acceptor, when and why (If-Match, Aims-Change-Reason). Its diagnostics warn (AIMS1044) when the risk's systems have no approved impact assessment.")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

        one.MapPost("/impact-assessments/{assessmentId}/approve", (string id, string assessmentId, HttpContext http, AimsDbContext db, AimsJsonSerializer json, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            ApproveAsync(id, http, db, json, clock, user, (workspace, approver, on, reason) =>
            {
                var index = IndexWhere(workspace.ImpactAssessments, a => a.Id == assessmentId);
                if (index < 0)
                {
                    return (null, AimsProblems.Titled($"The workspace has no impact assessment '{assessmentId}'.", StatusCodes.Status404NotFound), "", "");
                }

                var assessment = workspace.ImpactAssessments[index];
                if (assessment.IsApproved)
                {
                    return (null, AimsProblems.Titled(string.Create(CultureInfo.InvariantCulture, $"Impact assessment {assessmentId} was already approved by {assessment.ApprovedBy} on {assessment.ApprovedOn:yyyy-MM-dd}."), StatusCodes.Status409Conflict), "", "");
                }

                var approved = workspace.WithImpactAssessments(workspace.ImpactAssessments.Select(a => a.Id == assessmentId ? a.Approve(approver, on) : a));
                return (approved, null, $"impact assessment {assessmentId} of {assessment.SystemId} approved", string.Create(CultureInfo.InvariantCulture, $"/impactAssessments/{index}/"));
            }, (revision, approver, findings) => new { id, revision, assessmentId, approvedBy = approver, diagnostics = findings }, ct))
            .RequireAuthorization(AimsRoles.Approver).WithName("ApproveImpactAssessment")
            .WithSummary("Approves an impact assessment: a new revision recording the approver, when and why (If-Match, Aims-Change-Reason); risk acceptances of its system no longer warn (AIMS1044). Its diagnostics are the validator's findings on the assessment.")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

        one.MapGet("/inventory", async (string id, AimsDbContext db, CancellationToken ct) =>
            await LoadAsync(db, id, ct) is (_, { } revision) ? Results.Text(AimsJson.WriteInventory(Parse(revision.Document).Systems), "application/json") : NotFound(id))
            .RequireAuthorization(AimsRoles.Reader).WithName("GetInventory").WithSummary("The AI system inventory as an inventory document.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Problems(StatusCodes.Status404NotFound);

        one.MapGet("/coverage/{framework}", async (string id, string framework, AimsDbContext db, Crosswalk crosswalk, CancellationToken ct) =>
        {
            if (!FrameworkCatalogs.TryGet(framework, out _) || framework == FrameworkIds.Iso42001)
            {
                return AimsProblems.From([new AimsDiagnostic(MappingDiagnosticCodes.FrameworkNotFound, "/framework", $"Unknown or unsupported framework '{framework}'; use one of {string.Join(", ", FrameworkCatalogs.Ids.Where(i => i != FrameworkIds.Iso42001))}.")], "Unknown framework.", StatusCodes.Status404NotFound);
            }

            if (await LoadAsync(db, id, ct) is not (_, { } revision))
            {
                return NotFound(id);
            }

            // No SoA means nothing is implemented: the answer is 0 % coverage, not an error.
            var report = CoverageAnalysis.Analyze(Parse(revision.Document), framework, crosswalk);
            return Results.Ok(new
            {
                framework,
                items = report.Items.Length,
                covered = report.Count(CoverageStatus.Covered),
                partiallyCovered = report.Count(CoverageStatus.PartiallyCovered),
                notCovered = report.Count(CoverageStatus.NotCovered),
                gaps = report.Gaps.Select(g => g.Item.Id),
            });
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("GetCoverage").WithSummary("Coverage of another framework by the workspace's SoA.")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status404NotFound);

        // The board report as one self-contained HTML page. Its loss exceedance curve simulates the FAIR scenarios of the
        // register's risks within the same budget as /risk/simulate (?trials=, ?seed=; 503 when busy or over the time limit).
        one.MapGet("/report", async (string id, HttpContext http, AimsDbContext db, IFairSimulator simulator, SimulationBudget budget, Crosswalk crosswalk, TimeProvider clock, CancellationToken ct) =>
        {
            if (await LoadAsync(db, id, ct) is not (_, { } revision))
            {
                return NotFound(id);
            }

            var workspace = Parse(revision.Document);
            var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            RiskRegisterAnalysis? register = null;
            if (workspace.Risks.Any(r => r.Scenario is not null))
            {
                if (Simulations.RunOptions(http.Request.Query, simulator.Options, budget.MaxTrials, out var options) is { } badQuery)
                {
                    return AimsProblems.From(badQuery, "The simulation parameters are not valid.", StatusCodes.Status400BadRequest);
                }

                // Inherent and residual from the register's own scenarios and control measures; its diagnostics already
                // point at /risks/{i}/scenario and /controlMeasures/{j}.
                var (result, refused) = Simulations.Budgeted(
                    token => RiskRegisterAnalysis.Analyze(workspace, new RiskRegisterAnalysisOptions { Simulation = options }, token), budget, http, d => d, ct);
                if (result is null)
                {
                    return refused!;
                }

                if (!result.TryGetPartialValue(out register))
                {
                    return AimsProblems.From(result.Diagnostics, "The register's scenarios cannot be simulated.");
                }
            }

            await AuditLog.WriteAsync(http, AuditKinds.Export, $"{id} board report", ct);
            return Results.Content(BoardReportPage.Create(workspace, asOf, crosswalk: crosswalk, register: register).ToHtml(), "text/html; charset=utf-8");
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("GetReport").WithSummary("The board report as self-contained HTML (?trials=, ?seed= for its loss exceedance curve).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable);

        one.MapGet("/export/{format}", async (string id, string format, HttpContext http, AimsDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await LoadAsync(db, id, ct) is not (_, { } revision))
            {
                return NotFound(id);
            }

            var workspace = Parse(revision.Document);
            IResult? answer = format switch
            {
                "json" => Results.Text(revision.Document, "application/json"),
                "oscal" when workspace.Soa is null => AimsProblems.Titled("The workspace has no Statement of Applicability to export as OSCAL.", StatusCodes.Status422UnprocessableEntity),
                "oscal" => Results.Text(OscalExport.ComponentDefinition(workspace, new OscalExportOptions { TimeProvider = clock }), "application/json"),
                "aibom" => Results.Text(AiBom.Export(workspace, new AiBomExportOptions { TimeProvider = clock }), "application/vnd.cyclonedx+json"),
                "inventory.csv" => Csv(w => AimsCsv.WriteInventory(w, workspace.Systems)),
                "risks.csv" => Csv(w => AimsCsv.WriteRiskRegister(w, workspace.Risks)),
                "soa.csv" when workspace.Soa is null => AimsProblems.Titled("The workspace has no Statement of Applicability to export.", StatusCodes.Status422UnprocessableEntity),
                "soa.csv" => Csv(w => AimsCsv.WriteSoa(w, workspace.Soa!)),
                _ => null,
            };
            if (answer is null)
            {
                return AimsProblems.Titled($"Unknown export format '{format}'; use json, oscal, aibom, inventory.csv, risks.csv or soa.csv.", StatusCodes.Status404NotFound);
            }

            await AuditLog.WriteAsync(http, AuditKinds.Export, $"{id} revision {revision.Number} as {format}", ct);
            return answer;
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("ExportWorkspace").WithSummary("Exports the workspace: json, oscal (component definition), aibom (CycloneDX 1.6 ML-BOM), inventory.csv, risks.csv or soa.csv.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Problems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    // Replace the workspace: the body is a "workspace" document, stored as a new revision. A draft (one the validator still
    // has findings for) is stored with its findings, as the library promises; a document that cannot be read whole (broken
    // JSON, a record left out) is refused with every problem as problem details, so nothing the user sent is silently lost.
    private static async Task<IResult> PutAsync(string id, HttpContext http, AimsDbContext db, AimsJsonSerializer json, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!WorkspaceId.IsValid(id))
        {
            return AimsProblems.Titled("A workspace id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.", StatusCodes.Status400BadRequest);
        }

        if (Reason(http.Request) is not { } reason)
        {
            return MissingReason();
        }

        var record = await db.Workspaces.SingleOrDefaultAsync(w => w.Id == id, ct);
        if (Precondition(http.Request, record) is { } failed)
        {
            return failed;
        }

        var (text, problem) = await RequestBodies.ReadAsync(http.Request, ct);
        if (text is null)
        {
            return problem!;
        }

        var read = json.Read(text);
        if (!read.TryGetPartialValue(out var document) || read.Records is not { Rejected: 0 })
        {
            return AimsProblems.From(read.Diagnostics, "The workspace was not accepted.");
        }

        if (document.Value is not AimsWorkspace workspace)
        {
            return AimsProblems.From([new AimsDiagnostic(JsonDiagnosticCodes.WrongKind, "/kind", "Expected a workspace document.")], "The workspace was not accepted.");
        }

        var created = record is null;
        record ??= new WorkspaceRecord { Id = id, CurrentRevision = 0, CreatedAt = clock.GetUtcNow() };
        var written = await AppendAsync(db, record, id, AimsJson.Write(workspace), !read.IsValid, Subject(user), clock.GetUtcNow(), reason, null, null, http.Response, ct);
        if (written is not null)
        {
            return written;
        }

        var body = new { id, revision = record.CurrentRevision, organization = workspace.Organization, systems = workspace.Systems.Length, draft = !read.IsValid, findings = AimsProblems.Shape(read.Diagnostics) };
        return created ? Results.Created($"/workspaces/{id}", body) : Results.Ok(body);
    }

    // An approval that changes the document: the reason and If-Match are checked, the change is applied to the current
    // revision and written as a new one whose author and approver is the caller (when: now; why: the reason), the audit log
    // records it with the reason, and the answer carries the validator's findings under the changed element's path.
    private static async Task<IResult> ApproveAsync(
        string id, HttpContext http, AimsDbContext db, AimsJsonSerializer json, TimeProvider clock, ClaimsPrincipal user,
        Func<AimsWorkspace, string, DateOnly, string, (AimsWorkspace? Changed, IResult? Refused, string Audit, string Path)> change,
        Func<int, string, object[], object> answer, CancellationToken ct)
    {
        if (Reason(http.Request) is not { } reason)
        {
            return MissingReason();
        }

        if (await LoadAsync(db, id, ct) is not ({ } record, { } current))
        {
            return NotFound(id);
        }

        if (Precondition(http.Request, record) is { } failed)
        {
            return failed;
        }

        var approver = Subject(user);
        var now = clock.GetUtcNow();
        var (changed, refused, audit, path) = change(Parse(current.Document), approver, DateOnly.FromDateTime(now.UtcDateTime), reason);
        if (changed is null)
        {
            return refused!;
        }

        // Validated as a PUT of the same document would be: its findings decide whether the revision is a draft.
        var document = AimsJson.Write(changed);
        var validated = json.Read(document);
        var written = await AppendAsync(db, record, id, document, !validated.IsValid, approver, now, reason, null, approver, http.Response, ct);
        if (written is not null)
        {
            return written;
        }

        await AuditLog.WriteAsync(http, AuditKinds.Approval, $"{id} {audit} in revision {record.CurrentRevision}: {reason}", ct);
        return Results.Ok(answer(record.CurrentRevision, approver, AimsProblems.Shape(validated.Diagnostics.Where(d => d.Path.StartsWith(path, StringComparison.Ordinal)))));
    }

    // Adds the next revision and moves the workspace to it; null when written (the ETag is set), else 412: another writer
    // got there first (the workspace's revision number is the concurrency token; the unique index catches a race on create).
    private static async Task<IResult?> AppendAsync(
        AimsDbContext db, WorkspaceRecord record, string id, string document, bool draft, string author, DateTimeOffset at, string reason, int? restoredFrom, string? approvedBy,
        HttpResponse response, CancellationToken ct)
    {
        if (record.CurrentRevision == 0)
        {
            db.Workspaces.Add(record);
        }

        record.CurrentRevision++;
        db.Revisions.Add(new WorkspaceRevision
        {
            WorkspaceId = id,
            Number = record.CurrentRevision,
            Document = document,
            IsDraft = draft,
            Author = author,
            CreatedAt = at,
            Reason = reason,
            RestoredFrom = restoredFrom,
            ApprovedBy = approvedBy,
            ApprovedAt = approvedBy is null ? null : at,
            ApprovalReason = approvedBy is null ? null : reason,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Stale();
        }

        response.Headers.ETag = ETag(record.CurrentRevision);
        return null;
    }

    private static async Task<(WorkspaceRecord Record, WorkspaceRevision Revision)?> LoadAsync(AimsDbContext db, string id, CancellationToken ct)
    {
        if (await db.Workspaces.SingleOrDefaultAsync(w => w.Id == id, ct) is not { } record)
        {
            return null;
        }

        var revision = await db.Revisions.AsNoTracking().SingleAsync(r => r.WorkspaceId == id && r.Number == record.CurrentRevision, ct);
        return (record, revision);
    }

    // If-Match: required to change an existing workspace (428 without it), must name its current revision (412 otherwise);
    // on a workspace that does not exist yet any If-Match fails (RFC 9110 13.1.1).
    private static IResult? Precondition(HttpRequest request, WorkspaceRecord? record)
    {
        var ifMatch = request.Headers.IfMatch;
        if (record is null)
        {
            return ifMatch.Count == 0 ? null : AimsProblems.Titled("The workspace does not exist, so no If-Match can hold.", StatusCodes.Status412PreconditionFailed);
        }

        if (ifMatch.Count == 0)
        {
            return AimsProblems.Titled("Send If-Match with the ETag of the revision you changed, so that no one else's change is overwritten.", StatusCodes.Status428PreconditionRequired);
        }

        var current = ETag(record.CurrentRevision);
        var tags = ifMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return tags.Any(t => t == "*" || t == current) ? null : Stale();
    }

    private static IResult Stale() =>
        AimsProblems.Titled("The workspace was changed by someone else since you read it; read it again and reapply your change.", StatusCodes.Status412PreconditionFailed);

    private static string ETag(int revision) => string.Create(CultureInfo.InvariantCulture, $"\"{revision}\"");

    private static string? Reason(HttpRequest request) =>
        request.Headers[ReasonHeader].ToString().Trim() is { Length: > 0 and <= 2000 } reason ? reason : null;

    private static IResult MissingReason() =>
        AimsProblems.Titled($"Say why in the {ReasonHeader} header (1 to 2,000 characters): every change is recorded with who, when and why.", StatusCodes.Status400BadRequest);

    private static string Subject(ClaimsPrincipal user) => user.FindFirst("sub")?.Value is { Length: > 0 } sub ? sub : "unknown";

    private static IResult Document(HttpResponse response, string document, int? revision)
    {
        if (revision is { } r)
        {
            response.Headers.ETag = ETag(r);
        }

        return Results.Text(document, "application/json");
    }

    private static IResult NotFound(string id, int? revision = null) =>
        AimsProblems.Titled(revision is { } n ? $"The workspace '{id}' has no revision {n}." : $"No workspace '{id}'.", StatusCodes.Status404NotFound);

    // A stored document was read whole when it was written, so reading it again gives the workspace.
    private static AimsWorkspace Parse(string document) =>
        AimsJson.Read(document).TryGetPartialValue(out var read) && read.Value is AimsWorkspace workspace
            ? workspace
            : throw new InvalidOperationException("A stored revision is not a workspace document.");

    private static int IndexWhere<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static object Entry(SoaEntry e) => new { controlId = e.ControlId, applicable = e.IsApplicable, justification = e.Justification, status = e.Status.ToString() };

    private static IResult Csv(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return Results.Text(writer.ToString(), "text/csv");
    }
}
