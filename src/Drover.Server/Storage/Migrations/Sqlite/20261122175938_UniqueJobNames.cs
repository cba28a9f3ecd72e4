using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drover.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueJobNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_documents_ProjectId_Name",
                table: "documents",
                columns: new[] { "ProjectId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_ProjectId_Name",
                table: "documents");
        }
    }
}
