using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Scripts.Risk;
using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Scripts.Api;

/// <summary>
/// Review with identities: reviewers are users of the project who may run scripts (operator or admin); whoever wrote the
/// content (its creator, or the last editor) never reviews it; an edit of a script that has or had reviewers always goes
/// back to review, and must name reviewers (dropping them does not approve it).
/// </summary>
public static class ScriptReview
{
    /// <summary>Each reviewer names a user of the project with operator or admin, by id, with its own name; the author is refused.</summary>
    public static async Task CheckReviewersAsync(DroverDb db, Caller author, IReadOnlyList<ReviewerOut> reviewers, CancellationToken ct)
    {
        for (var i = 0; i < reviewers.Count; i++)
        {
            var r = reviewers[i];
            var field = $"properties.reviewers[{i}]";
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == r.ReviewerId, ct);
            if (user is null || user.Name != r.ReviewerName)
                throw CocError.BadRequest(ErrorCodes.ReviewerInvalid, $"{field}: no user {r.ReviewerName} with id {r.ReviewerId}");
            var role = await db.Roles.AsNoTracking().Where(x => x.UserId == user.UserId && x.ProjectId == author.ProjectId)
                .Select(x => (ProjectRole?)x.Role).FirstOrDefaultAsync(ct);
            if (role is not (ProjectRole.Operator or ProjectRole.Admin))
                throw CocError.BadRequest(ErrorCodes.ReviewerInvalid, $"{field}: {user.Name} needs the operator or admin role in this project to review");
            if (user.UserId == author.UserId)
                throw CocError.BadRequest(ErrorCodes.ReviewerInvalid, $"{field}: {user.Name} wrote this content and cannot review it");
        }
        if (reviewers.Select(r => r.ReviewerId).Distinct().Count() != reviewers.Count)
            throw CocError.BadRequest(ErrorCodes.ReviewerInvalid, "properties.reviewers: each reviewer at most once");
    }

    /// <summary>
    /// Content with a HIGH-risk finding (<see cref="RiskRules"/>) needs reviewers (<c>Drover:Security:HighRiskNeedsReviewers</c>):
    /// an operator alone cannot store <c>rm -rf /</c> as a runnable script.
    /// </summary>
    public static void CheckRisk(string content, ScriptKind kind, IReadOnlyList<ReviewerOut> reviewers)
    {
        if (reviewers.Count > 0) return;
        var report = RiskRules.Analyze(content, kind);
        if (report.Level != RiskLevel.High) return;
        var first = report.Findings.First(f => f.Level == RiskLevel.High);
        throw CocError.BadRequest(ErrorCodes.ReviewersRequired,
            $"properties.reviewers: required: the content has HIGH-risk commands ({first.CommandName}, rule {first.RuleId}, line {first.Line}); " +
            "name at least one reviewer (POST /v1/job/analyze-job lists the findings)");
    }

    /// <summary>Whether the caller may approve or reject: a listed reviewer, and neither the creator nor the last editor.</summary>
    public static void CheckReviewer(ScriptRow script, Caller caller)
    {
        var listed = ScriptMapping.Reviewers(script).Any(r => r.ReviewerId == caller.UserId);
        if (!listed)
            throw new CocError(403, ErrorCodes.ReviewRefused, $"{caller.UserName} is not a reviewer of script {script.ScriptUuid}");
        if (script.CreatorId == caller.UserId || script.OperatorId == caller.UserId)
            throw new CocError(403, ErrorCodes.ReviewRefused, $"{caller.UserName} wrote this script's content and cannot review it");
    }
}
