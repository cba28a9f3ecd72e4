using System.CommandLine;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover script review | risk</c>: COC's AcceptScript and CheckScriptRisk.</summary>
internal static class ScriptReviewCommands
{
    /// <summary><c>--reviewer name:id</c> values; null when none were given, so the server's default applies.</summary>
    public static IReadOnlyList<Reviewer>? Reviewers(string[]? values)
    {
        if (values is not { Length: > 0 }) return null;
        return values.Select(v =>
        {
            var colon = v.IndexOf(':');
            if (colon <= 0) throw new UsageException($"--reviewer '{v}': expected name:user_id");
            return new Reviewer(v[..colon].Trim(), v[(colon + 1)..].Trim());
        }).ToList();
    }

    public static Command Review(Session session)
    {
        var uuid = new Argument<string>("script_uuid") { Description = "The script to review (SC...), PENDING_APPROVE" };
        var approve = new Option<bool>("--approve") { Description = "Approve: the script may run" };
        var reject = new Option<bool>("--reject") { Description = "Reject: the script may not run until edited and approved" };
        var comment = new Option<string?>("--comment") { Description = "Why (up to 256 characters; kept in the audit log)", HelpName = "TEXT" };
        var command = new Command("review", "Approve or reject a script you are a reviewer of; prints the decision") { uuid, approve, reject, comment };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            if (r.GetValue(approve) == r.GetValue(reject)) throw new UsageException("give exactly one of --approve or --reject");
            var status = r.GetValue(approve) ? "APPROVED" : "REJECTED";
            var scriptUuid = r.GetValue(uuid)!;
            var answer = await ctx.Client.ReviewScriptAsync(scriptUuid, new ScriptReview(status, r.GetValue(comment)), ct);
            return ctx.Print(answer, () => ctx.Screen.Line($"{status}: {scriptUuid}"));
        }));
        return command;
    }

    public static Command Risk(Session session)
    {
        var file = new Argument<FileInfo>("file") { Description = "The script to check" };
        var type = new Option<string>("--type") { Description = "Script type; taken from the file suffix (.sh .py .bat) when omitted" }.OneOf(ScriptCommands.Types);
        var command = new Command("risk",
            $"Check a script for dangerous commands; exit {ExitCodes.Ok} when LOW, {ExitCodes.RiskMedium} when MEDIUM, {ExitCodes.RiskHigh} when HIGH") { file, type };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var path = r.GetValue(file)!;
            var content = await File.ReadAllTextAsync(path.FullName, ct);
            var reply = await ctx.Client.CheckRiskAsync(new RiskCheck(content, r.Upper(type) ?? ScriptCommands.TypeFromSuffix(path)), ct);
            var report = reply.Value;
            ctx.Print(reply.Data, () =>
            {
                ctx.Screen.Field("risk_level", report.RiskLevel);
                if (report.Findings.Count == 0) return;
                // The matched text last: it is free text and may hold spaces.
                var table = new TextTable("LINE", "LEVEL", "RULE", "MATCHED");
                foreach (var f in report.Findings)
                    table.Add(f.Line?.ToString(), f.Level, f.RuleId ?? f.CommandName, Display.FirstLine(f.Matched ?? f.Example, 120));
                ctx.Screen.Table(table);
            });
            return ExitFor(report.RiskLevel);
        }));
        return command;
    }

    /// <summary>CI gates on this: anything but LOW and MEDIUM, a level this CLI does not know included, counts as HIGH.</summary>
    public static int ExitFor(string? riskLevel) => riskLevel?.ToUpperInvariant() switch
    {
        "LOW" => ExitCodes.Ok,
        "MEDIUM" => ExitCodes.RiskMedium,
        _ => ExitCodes.RiskHigh,
    };
}
