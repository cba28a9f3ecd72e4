namespace Drover.Server.Scripts.Api;

// COC's script models (SDK names in comments), snake_case on the wire.

/// <summary>AddScriptModel.</summary>
public sealed class CreateScriptRequest
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Content { get; set; }
    public string? Description { get; set; }
    public ScriptPropertiesDto? Properties { get; set; }
    public string? EnterpriseProjectId { get; set; }
    public List<ScriptParamDto?>? ScriptParams { get; set; }
}

/// <summary>EditScriptModel: name, type and project cannot change (a <c>type</c> sent anyway is ignored).</summary>
public sealed class UpdateScriptRequest
{
    public string? Content { get; set; }
    public string? Description { get; set; }
    public ScriptPropertiesDto? Properties { get; set; }
    public List<ScriptParamDto?>? ScriptParams { get; set; }
}

/// <summary>ApprovalJobScriptModel.</summary>
public sealed class ApproveScriptRequest
{
    public string? Status { get; set; }
    public string? Comments { get; set; }
}

/// <summary>ScriptPropertiesModel.</summary>
public sealed class ScriptPropertiesDto
{
    public string? RiskLevel { get; set; }
    public string? Version { get; set; }
    public List<ReviewerDto?>? Reviewers { get; set; }
    public string? Protocol { get; set; }
}

/// <summary>ReviewerInfo.</summary>
public sealed class ReviewerDto
{
    public string? ReviewerName { get; set; }
    public string? ReviewerId { get; set; }
}

/// <summary>ScriptParamDefine.</summary>
public sealed class ScriptParamDto
{
    public string? ParamName { get; set; }
    public string? ParamValue { get; set; }
    public string? ParamDescription { get; set; }
    public int? ParamOrder { get; set; }
    public bool? Sensitive { get; set; }
}

/// <summary>ScriptDetailModel.</summary>
public sealed record ScriptDetail(
    string ScriptUuid, string Name, string Description, string Type, string Content,
    IReadOnlyList<ScriptParamOut> ScriptParams, string Status, long GmtCreated, long? GmtModified,
    string Creator, string CreatorId, string? Operator, ScriptPropertiesOut Properties, string EnterpriseProjectId,
    string? Approver, string? ReviewComments);

/// <summary>ScriptListModel (with COC's undocumented usage_count).</summary>
public sealed record ScriptListRow(
    long Id, string ScriptUuid, string Name, string Type, string Status, long GmtCreated, long? GmtModified,
    string Creator, string CreatorId, string? Operator, ScriptPropertiesOut Properties, string EnterpriseProjectId,
    int UsageCount);

public sealed record ScriptParamOut(string ParamName, string ParamValue, string ParamDescription, int ParamOrder, bool Sensitive);

public sealed record ScriptPropertiesOut(string RiskLevel, string Version, IReadOnlyList<ReviewerOut> Reviewers, string? Protocol);

public sealed record ReviewerOut(string ReviewerName, string ReviewerId);
