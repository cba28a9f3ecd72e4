using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drover.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DispatchedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DispatchedAt",
                table: "instances",
                type: "INTEGER",
                nullable: true);

            // Hosts already waiting for their agent were dispatched by a version that kept no dispatch time: their wait
            // counts from the upgrade (never ending before its real deadline), and is kept from then on.
            migrationBuilder.Sql(
                "UPDATE instances SET \"DispatchedAt\" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) " +
                "WHERE \"Status\" = 'PROCESSING' AND \"DispatchId\" IS NOT NULL AND \"StartedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DispatchedAt",
                table: "instances");
        }
    }
}
