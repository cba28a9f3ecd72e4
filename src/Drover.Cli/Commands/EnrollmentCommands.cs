using System.CommandLine;
using Drover.Cli.Api;
using Drover.Cli.Auth;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover enrollment ...</c>: tokens a new host trades for its own agent credential (in the project, <c>--project</c>).</summary>
internal static class EnrollmentCommands
{
    public static Command Build(Session session)
    {
        var enrollment = new Command("enrollment", "Agent enrollment tokens: how new hosts get their credential");
        enrollment.Add(Create(session));
        enrollment.Add(List(session));
        enrollment.Add(Delete(session));
        return enrollment;
    }

    private static Command Create(Session session)
    {
        var expiresIn = new Option<string>("--expires-in") { Description = "Valid for: seconds (3600) or 30m, 1h, 2d", Required = true, HelpName = "DURATION" };
        var maxUses = new Option<int>("--max-uses") { Description = "How many hosts may enroll with it", Required = true, HelpName = "N" }.Between(1, int.MaxValue);
        var prefix = new Option<string?>("--resource-id-prefix") { Description = "Only hosts whose resource_id starts with this", HelpName = "P" };
        var command = new Command("create", "Create an enrollment token; prints the token, shown this once") { expiresIn, maxUses, prefix };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var seconds = (long)Durations.Parse(r.GetValue(expiresIn)!, "--expires-in").TotalSeconds;
            var reply = await ctx.Client.CreateEnrollmentAsync(new NewEnrollment(ctx.Client.Project, seconds, r.GetValue(maxUses), r.GetValue(prefix)), ct);
            // A token on a command line is readable by every local user: hand it to the agent in a file.
            ctx.Screen.Error.WriteLine("the token is shown only now: write it to a file only root can read, e.g.");
            ctx.Screen.Error.WriteLine("  (umask 077; drover enrollment create ... > /etc/drover/enroll-token), then start agents with");
            ctx.Screen.Error.WriteLine("  drover-agent --enroll-token-file /etc/drover/enroll-token ...");
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value.Token ?? "-"));
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var command = new Command("list", "List the project's enrollment tokens (their ids, never the tokens)");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.ListEnrollmentsAsync(ct);
            return ctx.Print(reply.Data, () =>
            {
                var table = new TextTable("ID", "PROJECT_ID", "USES", "STATUS", "EXPIRES", "CREATED_BY", "RESOURCE_ID_PREFIX");
                foreach (var e in reply.Value.Rows)
                    table.Add(e.Id, e.ProjectId, $"{e.Uses ?? 0}/{e.MaxUses?.ToString() ?? "-"}", e.Status, Time(ctx, e.ExpiresAt), e.CreatedBy, e.ResourceIdPrefix);
                ctx.Screen.Table(table);
            });
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var id = new Argument<string>("id") { Description = "The enrollment's id" };
        var command = new Command("delete", "Delete an enrollment token (hosts already enrolled keep their credential); prints its id") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var enrollmentId = r.GetValue(id)!;
            var answer = await ctx.Client.DeleteEnrollmentAsync(enrollmentId, ct);
            return ctx.Print(answer, () => ctx.Screen.Line(enrollmentId));
        }));
        return command;
    }

    private static string Time(CommandContext ctx, string? text) =>
        StoredLogin.ParseTime(text) is { } t ? ctx.Screen.Time(t.ToUnixTimeMilliseconds()) : text ?? "-";
}
