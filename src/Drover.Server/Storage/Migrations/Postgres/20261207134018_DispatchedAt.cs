using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drover.Server.Storage.Migrations.Postgres
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
                type: "bigint",
                nullable: true);

            // Hosts already waiting for their agent were dispatched by a version that kept no dispatch time: their wait
            // counts from the upgrade (never ending before its real deadline), and is kept from then on.
            migrationBuilder.Sql(
                "UPDATE instances SET \"DispatchedAt\" = (extract(epoch from clock_timestamp()) * 1000)::bigint " +
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
