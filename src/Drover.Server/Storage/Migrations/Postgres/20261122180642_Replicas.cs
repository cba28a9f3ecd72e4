using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Drover.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Replicas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Replica",
                table: "agents",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "forwarded_work",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    TakenBy = table.Column<string>(type: "text", nullable: true),
                    TakenAt = table.Column<long>(type: "bigint", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Reply = table.Column<string>(type: "text", nullable: true)
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
                    Owner = table.Column<string>(type: "text", nullable: false),
                    Fence = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forwarded_work");

            migrationBuilder.DropTable(
                name: "runner_leases");

            migrationBuilder.DropColumn(
                name: "Replica",
                table: "agents");
        }
    }
}
