namespace Drover.Server.Jobs.Api;

// COC's job models (SDK names in comments), snake_case on the wire.

/// <summary>CreateDocumentRequestBody.</summary>
public sealed class CreateDocumentRequest
{
    public string? Name { get; set; }
    public string? Content { get; set; }
    public string? EnterpriseProjectId { get; set; }
    public string? RiskLevel { get; set; }
    public string? Description { get; set; }
    public List<TagDto?>? Tags { get; set; }
}

/// <summary>UpdateRunbookRequestBody: the enterprise project and tags cannot change.</summary>
public sealed class UpdateDocumentRequest
{
    public string? Name { get; set; }
    public string? Content { get; set; }
    public string? Description { get; set; }
    public string? RiskLevel { get; set; }
}

public sealed class TagDto
{
    public string? Key { get; set; }
    public string? Value { get; set; }
}

public sealed record TagOut(string Key, string Value);

/// <summary>DocumentListVo (times as epoch milliseconds, as COC's examples show them).</summary>
public sealed record DocumentListRow(
    string DocumentId, string Name, long CreateTime, long UpdateTime, string Version, string Creator, string Modifier,
    string EnterpriseProjectId);

/// <summary>GetDocument's data. <c>id</c> is a string: COC's SDKs declare it so.</summary>
public sealed record DocumentDetail(
    string Id, string DocumentId, string Name, string Content, string? Description, string RiskLevel, long CreateTime,
    long UpdateTime, string Version, IReadOnlyList<DocumentVersionOut> Versions, string Creator, string Modifier,
    string EnterpriseProjectId);

/// <summary>DocumentVersionVo. <c>create_time</c> is epoch milliseconds as a string: COC's SDKs declare a string there.</summary>
public sealed record DocumentVersionOut(string Version, string VersionUuid, string CreateTime);
