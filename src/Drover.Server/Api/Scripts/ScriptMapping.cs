using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;

namespace Drover.Server.Api.Scripts;

public static class ScriptMapping
{
    /// <summary>The stored type; rows are written from a validated type, so an unreadable one is not expected.</summary>
    public static ScriptKind Kind(ScriptRow row) => WireNames.TryParse(row.Kind, out ScriptKind kind) ? kind : ScriptKind.Shell;

    public static IReadOnlyList<ReviewerOut> Reviewers(ScriptRow row) => StorageJson.Read<List<ReviewerOut>>(row.ReviewersJson);

    public static ScriptPropertiesOut Properties(ScriptRow row) => new(row.RiskLevel, row.Version, Reviewers(row), row.Protocol);

    public static ScriptDetail ToDetail(ScriptRow row) => new(
        row.ScriptUuid, row.Name, row.Description, row.Kind, row.Content,
        SealedParameters.Shown(row.ParamsJson).Select((p, i) => new ScriptParamOut(p.Name, p.Value, p.Description, i + 1, p.Sensitive)).ToList(),
        row.Status, row.GmtCreated, row.GmtModified, row.Creator, row.CreatorId, row.Operator, Properties(row), row.EnterpriseProjectId,
        row.Approver, row.ReviewComments);

    public static ScriptListRow ToListRow(ScriptRow row) => new(
        row.Id, row.ScriptUuid, row.Name, row.Kind, row.Status, row.GmtCreated, row.GmtModified,
        row.Creator, row.CreatorId, row.Operator, Properties(row), row.EnterpriseProjectId, row.UsageCount);
}
