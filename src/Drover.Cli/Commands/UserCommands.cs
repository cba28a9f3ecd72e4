using System.CommandLine;
using Drover.Cli.Api;
using Drover.Cli.Auth;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary>
/// <c>drover user ...</c>: users and their roles. The project a role is in is the global <c>--project</c> (it is also the
/// x-project-id, so the caller acts as that project's admin).
/// </summary>
internal static class UserCommands
{
    public static readonly string[] Roles = ["admin", "operator", "viewer"];

    public static Command Build(Session session)
    {
        var user = new Command("user", "Users, their roles per project and their passwords");
        user.Add(Create(session));
        user.Add(List(session));
        user.Add(Show(session));
        user.Add(Delete(session));
        user.Add(Grant(session));
        user.Add(Revoke(session));
        user.Add(Passwd(session));
        return user;
    }

    private static Option<string> RoleOption() =>
        new Option<string>("--role") { Description = "The role in the project (--project)", Required = true }.OneOf(Roles);

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Read the new password from the first line of stdin (else asked twice at the terminal)" };

    private static Argument<string> UserId() => new("user_id") { Description = "The user's id" };

    private static Command Create(Session session)
    {
        var name = new Argument<string>("name") { Description = "User name: 1-64 letters, digits, _ - . @" };
        var role = RoleOption();
        var stdin = PasswordStdin();
        var command = new Command("create", "Create a user with a role in the project; prints its id") { name, role, stdin };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var password = new SecretInput(session.Streams).NewPassword(r.GetValue(stdin));
            var reply = await ctx.Client.CreateUserAsync(new NewUser(r.GetValue(name)!, password, ctx.Client.Project, r.GetValue(role)!.ToLowerInvariant()), ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value.Id ?? "-"));
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var command = new Command("list", "List the users with a role in the project (the bootstrap admin: all)");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.ListUsersAsync(ct);
            return ctx.Print(reply.Data, () =>
            {
                var table = new TextTable("ID", "NAME", "CREATED", "ROLES");
                foreach (var u in reply.Value.Rows) table.Add(u.Id, u.Name, ctx.Screen.Time(u.GmtCreated), RolesText(u));
                ctx.Screen.Table(table);
            });
        }));
        return command;
    }

    private static Command Show(Session session)
    {
        var id = UserId();
        var command = new Command("show", "Show a user and its roles") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.GetUserAsync(r.GetValue(id)!, ct);
            return ctx.Print(reply.Data, () =>
            {
                var u = reply.Value;
                ctx.Screen.Field("id", u.Id);
                ctx.Screen.Field("name", u.Name);
                ctx.Screen.Field("created", ctx.Screen.Time(u.GmtCreated));
                ctx.Screen.Field("roles", RolesText(u));
            });
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var id = UserId();
        var command = new Command("delete", "Delete a user (its tokens and keys stop working); prints its id") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var userId = r.GetValue(id)!;
            var answer = await ctx.Client.DeleteUserAsync(userId, ct);
            return ctx.Print(answer, () => ctx.Screen.Line(userId));
        }));
        return command;
    }

    private static Command Grant(Session session)
    {
        var id = UserId();
        var role = RoleOption();
        var command = new Command("grant", "Set the user's role in the project (replacing the one it had there)") { id, role };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var userId = r.GetValue(id)!;
            var grant = new RoleGrant(ctx.Client.Project, r.GetValue(role)!.ToLowerInvariant());
            var answer = await ctx.Client.GrantRoleAsync(userId, grant, ct);
            return ctx.Print(answer, () => ctx.Screen.Line($"{userId}: {grant.Role} in {grant.ProjectId}"));
        }));
        return command;
    }

    private static Command Revoke(Session session)
    {
        var id = UserId();
        var command = new Command("revoke", "Remove the user's role in the project") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var userId = r.GetValue(id)!;
            var answer = await ctx.Client.RevokeRoleAsync(userId, ctx.Client.Project, ct);
            return ctx.Print(answer, () => ctx.Screen.Line($"{userId}: no role in {ctx.Client.Project}"));
        }));
        return command;
    }

    private static Command Passwd(Session session)
    {
        var id = UserId();
        var stdin = PasswordStdin();
        var command = new Command("passwd", "Set a user's password (yours, with your current one; or another's, as admin); revokes the user's tokens") { id, stdin };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var userId = r.GetValue(id)!;
            var input = new SecretInput(session.Streams);
            var password = input.NewPassword(r.GetValue(stdin));
            // Changing one's own password needs the current one; an admin resetting another user's needs none.
            var current = input.Optional("your current password (empty when resetting another user's): ", r.GetValue(stdin));
            var answer = await ctx.Client.SetPasswordAsync(userId, password, current, ct);
            return ctx.Print(answer, () => ctx.Screen.Line($"{userId}: password changed; its tokens are revoked (log in again)"));
        }));
        return command;
    }

    private static string RolesText(IamUser u) => string.Join(',', (u.Roles ?? []).Select(g => $"{g.ProjectId}:{g.Role}"));
}
