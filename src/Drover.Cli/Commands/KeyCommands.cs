using System.CommandLine;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover key ...</c>: access keys for SDK signing (your own, or as admin another user's).</summary>
internal static class KeyCommands
{
    public static Command Build(Session session)
    {
        var key = new Command("key", "Access keys (AK/SK) for signed SDK requests");
        key.Add(Create(session));
        key.Add(List(session));
        key.Add(Delete(session));
        return key;
    }

    private static Option<string?> UserOption() => new("--user") { Description = "The user's id (default: you)", HelpName = "ID" };

    private static async Task<string> UserAsync(CommandContext ctx, string? given, CancellationToken ct) =>
        given ?? await AuthCommands.OwnUserIdAsync(ctx, ct);

    private static Command Create(Session session)
    {
        var user = UserOption();
        var command = new Command("create", "Create an access key; prints the access and the secret, shown this once") { user };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.CreateAccessKeyAsync(await UserAsync(ctx, r.GetValue(user), ct), ct);
            // The server keeps only an encrypted copy and never answers the secret again.
            ctx.Screen.Error.WriteLine("warning: the secret is shown only now and cannot be read back; store it safely");
            return ctx.Print(reply.Data, () =>
            {
                ctx.Screen.Field("access", reply.Value.Access);
                ctx.Screen.Field("secret", reply.Value.Secret);
            });
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var user = UserOption();
        var command = new Command("list", "List a user's access keys (never their secrets)") { user };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.ListAccessKeysAsync(await UserAsync(ctx, r.GetValue(user), ct), ct);
            return ctx.Print(reply.Data, () =>
            {
                var table = new TextTable("ACCESS", "USER_ID", "CREATED", "LAST_USED");
                foreach (var k in reply.Value.Rows) table.Add(k.Access, k.UserId, ctx.Screen.Time(k.GmtCreated), ctx.Screen.Time(k.LastUsed));
                ctx.Screen.Table(table);
            });
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var access = new Argument<string>("access") { Description = "The key's access id" };
        var user = UserOption();
        var command = new Command("delete", "Delete an access key; prints its access id") { access, user };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var id = r.GetValue(access)!;
            var answer = await ctx.Client.DeleteAccessKeyAsync(await UserAsync(ctx, r.GetValue(user), ct), id, ct);
            return ctx.Print(answer, () => ctx.Screen.Line(id));
        }));
        return command;
    }
}
