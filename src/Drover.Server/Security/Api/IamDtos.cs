namespace Drover.Server.Security.Api;

// Requests and answers of /v1/iam (Drover extensions, in the script family's {"data": ...} envelope).

/// <summary><c>id</c> (extension, optional): keep a project id an install used before projects were created explicitly.</summary>
public sealed record CreateProjectRequest(string? Name, string? Id);
public sealed record ProjectOut(string Id, string Name, long GmtCreated);

public sealed record CreateUserRequest(string? Name, string? Password, string? ProjectId, string? Role);
public sealed record RoleRequest(string? ProjectId, string? Role);
/// <summary><c>old_password</c>: required when a user changes its own password (a stolen token alone cannot lock the owner out).</summary>
public sealed record PasswordRequest(string? Password, string? OldPassword);
public sealed record RoleOut(string ProjectId, string Role);
public sealed record UserOut(string Id, string Name, IReadOnlyList<RoleOut> Roles, long GmtCreated);

public sealed record AccessKeyCreated(string Access, string Secret, string UserId, long GmtCreated);
public sealed record AccessKeyOut(string Access, string UserId, long GmtCreated, long? LastUsed);

public sealed record CreateEnrollmentRequest(string? ProjectId, long? ExpiresInSeconds, int? MaxUses, string? ResourceIdPrefix);
public sealed record EnrollmentOut(
    string Id, string? Token, string ProjectId, long ExpiresAt, int MaxUses, int Uses, string? ResourceIdPrefix, string CreatedBy,
    long GmtCreated, string Status);

public sealed record AgentCredentialOut(long Id, string ResourceId, string RegionId, string ProjectId, string EnrollmentId, long GmtCreated, long? RevokedAt, string Status);
