using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.WebApi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApprovalReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalReason",
                table: "workspace_revisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovalReason",
                table: "workspace_revisions");
        }
    }
}
