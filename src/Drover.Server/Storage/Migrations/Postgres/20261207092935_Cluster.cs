using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Drover.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cluster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forwarded_work");

            migrationBuilder.DropTable(
                name: "runner_leases");

            migrationBuilder.AddColumn<long>(
                name: "WriteVersion",
                table: "tickets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "WriteVersion",
                table: "executions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "cluster_members",
                columns: table => new
                {
                    ClusterId = table.Column<string>(type: "text", nullable: false),
                    Silo = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Entry = table.Column<string>(type: "text", nullable: false),
                    IAmAliveAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_members", x => new { x.ClusterId, x.Silo });
                });

            migrationBuilder.CreateTable(
                name: "cluster_versions",
                columns: table => new
                {
                    ClusterId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_versions", x => x.ClusterId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cluster_members");

            migrationBuilder.DropTable(
                name: "cluster_versions");

            migrationBuilder.DropColumn(
                name: "WriteVersion",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "WriteVersion",
                table: "executions");

            migrationBuilder.CreateTable(
                name: "forwarded_work",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Reply = table.Column<string>(type: "text", nullable: true),
                    TakenAt = table.Column<long>(type: "bigint", nullable: true),
                    TakenBy = table.Column<string>(type: "text", nullable: true),
                    TargetId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forwarded_work", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "runner_leases",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "text", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    Fence = table.Column<long>(type: "bigint", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_runner_leases", x => new { x.Kind, x.TargetId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_forwarded_work_Done_Kind_TargetId",
                table: "forwarded_work",
                columns: new[] { "Done", "Kind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_runner_leases_Owner",
                table: "runner_leases",
                column: "Owner");
        }
    }
}
