using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Support;

/// <summary>A user the bootstrap admin created, logged in: its id, name and token.</summary>
public sealed record TestUser(string Id, string Name, string Token)
{
    /// <summary>This user as COC's ReviewerInfo.</summary>
    public JsonObject Reviewer() => new() { ["reviewer_name"] = Name, ["reviewer_id"] = Id };
}

public static class TestUsers
{
    public const string Password = "test-password-1";

    /// <summary>Creates a user with <paramref name="role"/> in <paramref name="project"/> (a unique name from <paramref name="name"/>) and logs it in.</summary>
    public static async Task<TestUser> CreateUserAsync(this DroverClient d, string name, string role = "operator", string project = "default")
    {
        await d.EnsureProjectAsync(project);
        var unique = $"{name}-{Guid.NewGuid().ToString("N")[..6]}";
        var created = await d.PostDataAsync("/v1/iam/users", new { name = unique, password = Password, project_id = project, role });
        return new TestUser(created["id"]!.GetValue<string>(), unique, await d.LoginAsync(unique));
    }

    /// <summary>A token for the user (Keystone's password body), unscoped unless <paramref name="scopeProject"/>.</summary>
    public static async Task<string> LoginAsync(this DroverClient d, string name, string password = Password, string? scopeProject = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) };
        var auth = new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject { ["user"] = new JsonObject { ["name"] = name, ["password"] = password, ["domain"] = new JsonObject { ["name"] = "drover" } } },
            },
        };
        if (scopeProject is not null) auth["scope"] = new JsonObject { ["project"] = new JsonObject { ["id"] = scopeProject } };
        var r = await http.PostAsJsonAsync("/v3/auth/tokens", new JsonObject { ["auth"] = auth });
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(201, $"POST /v3/auth/tokens as {name}: {text}");
        return r.Headers.GetValues("X-Subject-Token").Single();
    }
}
