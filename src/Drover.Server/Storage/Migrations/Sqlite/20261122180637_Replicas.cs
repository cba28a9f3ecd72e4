using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drover.Server.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "forwarded_work",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forwarded_work", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "runner_leases",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    Fence = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
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
