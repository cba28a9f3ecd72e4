using System.CommandLine;
using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Auth;

namespace Drover.Cli.Commands;

/// <summary><c>drover login | logout | whoami</c>: a user's token, kept per server in the credentials file.</summary>
internal static class AuthCommands
{
    public static IEnumerable<Command> Build(Session session) => [Login(session), Logout(session), WhoAmI(session)];

    /// <summary>The caller's own user id (for commands defaulting to "me"); the bootstrap admin has none.</summary>
    public static async Task<string> OwnUserIdAsync(CommandContext ctx, CancellationToken ct)
    {
        var token = ctx.Client.Token ?? throw NotLoggedIn();
        TokenInfo info;
        try { (info, _) = await ctx.Client.GetTokenAsync(token, ct); }
        catch (DroverApiException e) when (e.StatusCode is 401 or 404) { throw NoUser(); }
        return info.User?.Id is { Length: > 0 } id ? id : throw NoUser();
    }

    // The bootstrap admin's secret is accepted as X-Auth-Token but is no user's token, so GET /v3/auth/tokens knows no user for it.
    private static UsageException NoUser() =>
        new("the server knows no user for this credential (the bootstrap admin secret, or a dead token): name the user with --user");

    private static UsageException NotLoggedIn() => new("no credential: run 'drover login' (or set DROVER_TOKEN)");

    private static Command Login(Session session)
    {
        var user = new Option<string?>("--user") { Description = "User name (asked for when omitted)", HelpName = "NAME" };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin (for scripts)" };
        var scope = new Option<string?>("--scope-project") { Description = "Scope the token to this project: it then acts only there, and is the default --project", HelpName = "ID" };

        var command = new Command("login", "Log in with a user name and password; keeps the token in ~/.config/drover/credentials (0600)") { user, stdin, scope };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var input = new SecretInput(session.Streams);
            var fromStdin = r.GetValue(stdin);
            var name = r.GetValue(user) ?? input.Line("user: ", "--user", stdinTaken: fromStdin);
            var password = input.Password($"password for {name}: ", fromStdin);
            var issued = await ctx.Client.LoginAsync(name, password, r.GetValue(scope), ct);
            var project = issued.Info.Project?.Id ?? r.GetValue(scope);
            var store = session.Credentials;
            store.Save(ctx.Client.Server, new StoredLogin(issued.Token, issued.Info.User?.Name ?? name, issued.Info.ExpiresAt, project));
            // The token itself is never printed: it is in the file, and a terminal's scrollback is not a safe place.
            if (ctx.Json)
            {
                ctx.Screen.Json(issued.Raw);
                return ExitCodes.Ok;
            }
            var scoped = project is null ? "" : $", project {project}";
            ctx.Screen.Line($"logged in to {CredentialStore.Key(ctx.Client.Server)} as {name}{scoped}; token kept in {store.FilePath} until {Expiry(issued.Info.ExpiresAt)}");
            return ExitCodes.Ok;
        }, anonymous: true));
        return command;
    }

    private static Command Logout(Session session)
    {
        var command = new Command("logout", "Revoke the stored token for the server and forget it");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var store = session.Credentials;
            var server = ctx.Client.Server;
            var login = store.Find(server) ?? throw new UsageException($"not logged in to {CredentialStore.Key(server)}");
            if (!login.IsExpired(DateTimeOffset.UtcNow))
            {
                try { await ctx.Client.RevokeTokenAsync(login.Token, ct); }
                // Already dead (revoked elsewhere, expired early, the user deleted): forgetting it is all that is left.
                catch (DroverApiException e) when (e.StatusCode is 401 or 404) { }
            }
            store.Remove(server);
            ctx.Screen.Line($"logged out of {CredentialStore.Key(server)}");
            return ExitCodes.Ok;
        }, anonymous: true));
        return command;
    }

    private static Command WhoAmI(Session session)
    {
        var command = new Command("whoami", "Show the user, project, roles and expiry of the credential in use");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var token = ctx.Client.Token ?? throw NotLoggedIn();
            TokenInfo info;
            JsonElement raw;
            try { (info, raw) = await ctx.Client.GetTokenAsync(token, ct); }
            catch (DroverApiException e) when (e.StatusCode is 401 or 404)
            {
                ctx.Screen.Error.WriteLine("note: whoami describes user tokens ('drover login'); the bootstrap admin secret is not one");
                throw;
            }
            if (ctx.Json)
            {
                ctx.Screen.Json(raw);
                return ExitCodes.Ok;
            }
            var screen = ctx.Screen;
            screen.Field("user", Named(info.User));
            screen.Field("project", info.Project is null ? $"{ctx.Client.Project} (x-project-id)" : Named(info.Project));
            screen.Field("roles", string.Join(',', (info.Roles ?? []).Select(x => x.Name ?? x.Id)));
            screen.Field("expires", Expiry(info.ExpiresAt));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string? Named(Ref? r) => r is null ? null
        : r.Name is { Length: > 0 } n && r.Id is { Length: > 0 } id && n != id ? $"{n} ({id})" : r.Name ?? r.Id;

    private static string Expiry(string? expiresAt) =>
        StoredLogin.ParseTime(expiresAt) is { } t ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture) : expiresAt ?? "-";
}
