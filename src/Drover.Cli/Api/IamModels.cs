using System.Text.Json;

namespace Drover.Cli.Api;

// Wire records for docs/security.md's endpoints, snake_case through DroverClient's serializer options. Answers are
// all-nullable, as in Models.cs: a row still prints when a server leaves a field out.

// ---- tokens: OpenStack Keystone's shapes, so Keystone clients and this CLI speak the same body ----

internal sealed record PasswordLogin(LoginAuth Auth);

internal sealed record LoginAuth(LoginIdentity Identity, LoginScope? Scope);

internal sealed record LoginIdentity(IReadOnlyList<string> Methods, LoginPassword Password);

internal sealed record LoginPassword(LoginUser User);

internal sealed record LoginUser(string Name, string Password, Ref Domain);

internal sealed record LoginScope(Ref Project);

/// <summary>Keystone's <c>{"id"}</c> / <c>{"name"}</c> references, and the user and project inside a token.</summary>
internal sealed record Ref(string? Id = null, string? Name = null);

internal sealed record TokenAnswer(TokenInfo? Token);

internal sealed record TokenInfo(
    string? ExpiresAt,
    string? IssuedAt,
    IReadOnlyList<string>? Methods,
    Ref? User,
    Ref? Project,
    IReadOnlyList<Ref>? Roles);

/// <summary>A token and what the server said about it.</summary>
internal sealed record IssuedToken(string Token, TokenInfo Info, JsonElement Raw);

// ---- projects and users ----

internal sealed record NewProject(string Name);

internal sealed record IamProject(string? Id, string? Name, long? GmtCreated);

internal sealed record NewUser(string Name, string Password, string ProjectId, string Role);

internal sealed record IamUser(string? Id, string? Name, IReadOnlyList<RoleGrant>? Roles, long? GmtCreated);

internal sealed record RoleGrant(string? ProjectId, string? Role);

internal sealed record NewPassword(string Password, string? OldPassword);

internal sealed record AccessKey(string? Access, string? Secret, string? UserId, long? GmtCreated, long? LastUsed);

// ---- agents ----

internal sealed record NewEnrollment(string ProjectId, long ExpiresInSeconds, int MaxUses, string? ResourceIdPrefix);

/// <summary><c>expires_at</c> is read as text: milliseconds or ISO 8601, whichever the server writes.</summary>
internal sealed record Enrollment(
    string? Id,
    string? Token,
    string? ProjectId,
    string? ExpiresAt,
    int? MaxUses,
    int? Uses,
    string? ResourceIdPrefix,
    string? CreatedBy,
    long? GmtCreated,
    string? Status);

internal sealed record AgentCredential(string? ResourceId, string? RegionId, string? ProjectId, string? EnrollmentId, long? GmtCreated, long? RevokedAt, string? Status);

// ---- script review and risk (COC AcceptScript, CheckScriptRisk) ----

internal sealed record Reviewer(string ReviewerName, string ReviewerId);

internal sealed record ScriptReview(string Status, string? Comments);

internal sealed record RiskCheck(string Content, string? Type);

internal sealed record RiskReport(string? RiskLevel, IReadOnlyList<RiskFinding>? BlacklistCommands)
{
    public IReadOnlyList<RiskFinding> Findings => BlacklistCommands ?? [];
}

internal sealed record RiskFinding(
    string? CommandName,
    string? CommandRule,
    string? Example,
    string? DescriptionEn,
    string? DescriptionZh,
    string? Level,
    int? Line,
    string? RuleId,
    string? Matched);
