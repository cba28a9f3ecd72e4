using Drover.Domain.Common;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;

namespace Drover.Server.Scripts.Api;

public static class ScriptMapping
{
    public static IReadOnlyList<ReviewerOut> Reviewers(ScriptRow row) => StorageJson.Read<List<ReviewerOut>>(row.ReviewersJson);

    public static ScriptPropertiesOut Properties(ScriptRow row) => new(row.RiskLevel.ToWire(), row.Version, Reviewers(row), row.Protocol);

    public static ScriptDetail ToDetail(ScriptRow row) => new(
        row.ScriptUuid, row.Name, row.Description, row.Kind.ToWire(), row.Content,
        SealedParameters.Shown(row.ParamsJson).Select((p, i) => new ScriptParamOut(p.Name, p.Value, p.Description, i + 1, p.Sensitive)).ToList(),
        row.Status.ToWire(), row.GmtCreated, row.GmtModified, row.Creator, row.CreatorId, row.Operator, Properties(row), row.EnterpriseProjectId,
        row.Approver, row.ReviewComments);

    public static ScriptListRow ToListRow(ScriptRow row) => new(
        row.Id, row.ScriptUuid, row.Name, row.Kind.ToWire(), row.Status.ToWire(), row.GmtCreated, row.GmtModified,
        row.Creator, row.CreatorId, row.Operator, Properties(row), row.EnterpriseProjectId, row.UsageCount);
}
