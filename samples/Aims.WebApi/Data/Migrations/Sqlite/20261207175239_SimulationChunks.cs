using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.WebApi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimulationChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "simulation_chunks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstChunk = table.Column<int>(type: "INTEGER", nullable: false),
                    ChunkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Partial = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_simulation_chunks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_simulation_chunks_JobId_FirstChunk",
                table: "simulation_chunks",
                columns: new[] { "JobId", "FirstChunk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_simulation_chunks_Status_Id",
                table: "simulation_chunks",
                columns: new[] { "Status", "Id" });

            // Jobs queued before chunks existed: each becomes one chunk row covering all its trials (8,192 per engine chunk).
            migrationBuilder.Sql(@"INSERT INTO simulation_chunks (TenantId, JobId, FirstChunk, ChunkCount, Status, LeaseUntil, Attempts) SELECT TenantId, Id, 0, (Trials + 8191) / 8192, 'queued', 0, 0 FROM simulation_jobs WHERE Status IN ('queued', 'running');");
            migrationBuilder.Sql(@"UPDATE simulation_jobs SET Status = 'queued', LeaseOwner = NULL, LeaseUntil = 0 WHERE Status IN ('queued', 'running');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "simulation_chunks");
        }
    }
}
