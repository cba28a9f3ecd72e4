using System.Globalization;
using Drover.Domain.Common;
using Drover.Server.Storage;

namespace Drover.Server.Jobs.Api;

public static class DocumentMapping
{
    public static DocumentListRow ToListRow(DocumentRow row) => new(
        row.DocumentId, row.Name, row.CreateTime, row.UpdateTime, DocumentLookup.Name(row.LatestVersion), row.Creator, row.Modifier,
        row.EnterpriseProjectId);

    /// <param name="versions">Every version of the job, newest first.</param>
    public static DocumentDetail ToDetail(DocumentRow row, DocumentVersionRow shown, IReadOnlyList<DocumentVersionOut> versions) => new(
        row.Id.ToString(CultureInfo.InvariantCulture), row.DocumentId, row.Name, shown.Content, row.Description, row.RiskLevel.ToWire(),
        row.CreateTime, row.UpdateTime, DocumentLookup.Name(shown.Number), versions, row.Creator, row.Modifier, row.EnterpriseProjectId);

    public static DocumentVersionOut ToVersion(int number, string versionUuid, long createTime) =>
        new(DocumentLookup.Name(number), versionUuid, createTime.ToString(CultureInfo.InvariantCulture));
}
