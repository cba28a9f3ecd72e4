using System.CommandLine;

namespace Drover.Cli.Commands;

/// <summary><c>drover project ...</c>: projects (creating and deleting them is the bootstrap admin's).</summary>
internal static class ProjectCommands
{
    public static Command Build(Session session)
    {
        var project = new Command("project", "Create, list and delete projects");
        project.Add(Create(session));
        project.Add(List(session));
        project.Add(Delete(session));
        return project;
    }

    private static Command Create(Session session)
    {
        var name = new Argument<string>("name") { Description = "Project name" };
        var command = new Command("create", "Create a project; prints its id") { name };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.CreateProjectAsync(r.GetValue(name)!, ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value.Id ?? "-"));
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var command = new Command("list", "List projects (all for the bootstrap admin, else your own)");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.ListProjectsAsync(ct);
            return ctx.Print(reply.Data, () =>
            {
                var table = new Output.TextTable("ID", "NAME", "CREATED");
                foreach (var p in reply.Value.Rows) table.Add(p.Id, p.Name, ctx.Screen.Time(p.GmtCreated));
                ctx.Screen.Table(table);
            });
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var id = new Argument<string>("project_id") { Description = "The project's id (not 'default'; it must hold nothing)" };
        var command = new Command("delete", "Delete an empty project; prints its id") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var projectId = r.GetValue(id)!;
            var answer = await ctx.Client.DeleteProjectAsync(projectId, ct);
            return ctx.Print(answer, () => ctx.Screen.Line(projectId));
        }));
        return command;
    }
}
