using System.Text.Json;

namespace Drover.Cli.Api;

/// <summary>docs/security.md's endpoints: tokens (Keystone's <c>/v3/auth/tokens</c>), projects, users, keys, agent enrollment, audit.</summary>
internal sealed partial class DroverClient
{
    /// <summary>The x-project-id every request carries.</summary>
    public string Project => http.DefaultRequestHeaders.TryGetValues("x-project-id", out var v) ? v.First() : "default";

    /// <summary>The X-Auth-Token every request carries, if any.</summary>
    public string? Token => http.DefaultRequestHeaders.TryGetValues("X-Auth-Token", out var v) ? v.First() : null;

    // ---- tokens: the answer is Keystone's bare {"token": ...}, not COC's data envelope ----

    public async Task<IssuedToken> LoginAsync(string user, string password, string? project, CancellationToken ct)
    {
        var body = new PasswordLogin(new LoginAuth(
            new LoginIdentity(["password"], new LoginPassword(new LoginUser(user, password, new Ref(Name: "drover")))),
            project is null ? null : new LoginScope(new Ref(Id: project))));
        string? token = null;
        var root = await SendRawAsync(HttpMethod.Post, "v3/auth/tokens", body, ct,
            answered: r => token = r.Headers.TryGetValues("X-Subject-Token", out var v) ? v.FirstOrDefault() : null);
        if (string.IsNullOrEmpty(token)) throw new UnexpectedAnswerException("POST /v3/auth/tokens: the answer has no X-Subject-Token header");
        return new IssuedToken(token, TokenOf(root, "POST"), root);
    }

    /// <summary>What the server knows of <paramref name="subject"/> (the caller's own token, or any for the bootstrap admin).</summary>
    public async Task<(TokenInfo Info, JsonElement Raw)> GetTokenAsync(string subject, CancellationToken ct)
    {
        var root = await SendRawAsync(HttpMethod.Get, "v3/auth/tokens", null, ct, [("X-Subject-Token", subject)]);
        return (TokenOf(root, "GET"), root);
    }

    /// <summary>Revokes <paramref name="token"/> with itself, so logging out needs nothing but the token.</summary>
    public Task RevokeTokenAsync(string token, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, "v3/auth/tokens", null, ct, [("X-Auth-Token", token), ("X-Subject-Token", token)]);

    private static TokenInfo TokenOf(JsonElement root, string method)
    {
        try
        {
            return root.Deserialize<TokenAnswer>(OpsJson)?.Token
                ?? throw new UnexpectedAnswerException($"{method} /v3/auth/tokens: the answer has no \"token\" object");
        }
        catch (JsonException e) { throw new UnexpectedAnswerException($"{method} /v3/auth/tokens: unreadable token: {e.Message}", e); }
    }

    // ---- projects ----

    public Task<Reply<IamProject>> CreateProjectAsync(string name, CancellationToken ct) =>
        SendAsync<IamProject>(HttpMethod.Post, "v1/iam/projects", new NewProject(name), ct);

    public Task<Reply<Page<IamProject>>> ListProjectsAsync(CancellationToken ct) => ListAsync<IamProject>("v1/iam/projects", ct);

    public Task<JsonElement> DeleteProjectAsync(string projectId, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/iam/projects/{Segment(projectId)}", null, ct);

    // ---- users ----

    public Task<Reply<IamUser>> CreateUserAsync(NewUser user, CancellationToken ct) =>
        SendAsync<IamUser>(HttpMethod.Post, "v1/iam/users", user, ct);

    public Task<Reply<Page<IamUser>>> ListUsersAsync(CancellationToken ct) => ListAsync<IamUser>("v1/iam/users", ct);

    public Task<Reply<IamUser>> GetUserAsync(string userId, CancellationToken ct) =>
        SendAsync<IamUser>(HttpMethod.Get, $"v1/iam/users/{Segment(userId)}", null, ct);

    public Task<JsonElement> DeleteUserAsync(string userId, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/iam/users/{Segment(userId)}", null, ct);

    public Task<JsonElement> GrantRoleAsync(string userId, RoleGrant grant, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Post, $"v1/iam/users/{Segment(userId)}/roles", grant, ct);

    public Task<JsonElement> RevokeRoleAsync(string userId, string projectId, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/iam/users/{Segment(userId)}/roles/{Segment(projectId)}", null, ct);

    public Task<JsonElement> SetPasswordAsync(string userId, string password, string? oldPassword, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Put, $"v1/iam/users/{Segment(userId)}/password", new NewPassword(password, oldPassword), ct);

    // ---- access keys ----

    public Task<Reply<AccessKey>> CreateAccessKeyAsync(string userId, CancellationToken ct) =>
        SendAsync<AccessKey>(HttpMethod.Post, $"v1/iam/users/{Segment(userId)}/access-keys", new { }, ct);

    public Task<Reply<Page<AccessKey>>> ListAccessKeysAsync(string userId, CancellationToken ct) =>
        ListAsync<AccessKey>($"v1/iam/users/{Segment(userId)}/access-keys", ct);

    public Task<JsonElement> DeleteAccessKeyAsync(string userId, string access, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/iam/users/{Segment(userId)}/access-keys/{Segment(access)}", null, ct);

    // ---- agent enrollments and credentials ----

    public Task<Reply<Enrollment>> CreateEnrollmentAsync(NewEnrollment enrollment, CancellationToken ct) =>
        SendAsync<Enrollment>(HttpMethod.Post, "v1/iam/agent-enrollments", enrollment, ct, OpsJson);

    public Task<Reply<Page<Enrollment>>> ListEnrollmentsAsync(CancellationToken ct) => ListAsync<Enrollment>("v1/iam/agent-enrollments", ct);

    public Task<JsonElement> DeleteEnrollmentAsync(string id, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/iam/agent-enrollments/{Segment(id)}", null, ct);

    public Task<Reply<Page<AgentCredential>>> ListAgentCredentialsAsync(CancellationToken ct) =>
        ListAsync<AgentCredential>("v1/iam/agent-credentials", ct);

    public Task<JsonElement> RevokeAgentCredentialAsync(string resourceId, string? regionId, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, Query($"v1/iam/agent-credentials/{Segment(resourceId)}", ("region_id", regionId)), null, ct);

    // ---- audit: rows are read loosely (JsonElement), the table picks the fields it knows ----

    public Task<Reply<Page<JsonElement>>> ListAuditAsync(AuditFilter filter, int limit, long? marker, CancellationToken ct) =>
        SendAsync<Page<JsonElement>>(HttpMethod.Get, Query("v1/audit",
            ("limit", limit.ToString()), ("marker", marker?.ToString()), ("user", filter.User), ("resource", filter.Resource),
            ("action", filter.Action), ("start_time", filter.StartMs?.ToString()), ("end_time", filter.EndMs?.ToString())), null, ct);

    // ---- script review and risk ----

    public Task<JsonElement> ReviewScriptAsync(string scriptUuid, ScriptReview review, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Post, $"v1/job/scripts/{Segment(scriptUuid)}/action", review, ct);

    public Task<Reply<RiskReport>> CheckRiskAsync(RiskCheck check, CancellationToken ct) =>
        SendAsync<RiskReport>(HttpMethod.Post, "v1/job/analyze-job", check, ct, OpsJson);

    /// <summary>
    /// The server answers COC's <c>{"total","data"}</c> page; a bare array is read too, since security.md does not fix
    /// the shape and the CLI should not break on either.
    /// </summary>
    private async Task<Reply<Page<T>>> ListAsync<T>(string path, CancellationToken ct)
    {
        var root = await SendRawAsync(HttpMethod.Get, path, null, ct);
        var data = Envelope(root, HttpMethod.Get, path);
        if (data.ValueKind == JsonValueKind.Array)
        {
            var rows = Decode<List<T>>(data, HttpMethod.Get, path, OpsJson).Value;
            return new Reply<Page<T>>(new Page<T>(rows.Count, rows), data);
        }
        return Decode<Page<T>>(data, HttpMethod.Get, path, OpsJson);
    }
}

internal sealed record AuditFilter(string? User, string? Resource, string? Action, long? StartMs, long? EndMs);
