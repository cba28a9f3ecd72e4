using System.Text;
using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Scripts.Risk;
using Drover.Server.Http;
using Drover.Server.Limits;
using Microsoft.Extensions.Options;

namespace Drover.Server.Scripts.Api;

/// <summary>COC's CheckScriptRisk, <c>POST /v1/job/analyze-job</c> (reference §3.9): advisory, it stores nothing.</summary>
public static class ScriptRiskEndpoints
{
    public static void MapScriptRisk(this IEndpointRouteBuilder app) => app.MapPost("/v1/job/analyze-job", Check);

    private static async Task<IResult> Check(HttpContext ctx, IOptions<LimitsOptions> limits)
    {
        var req = await RequestBody.ReadAsync<CheckScriptRiskRequest>(ctx.Request, ctx.RequestAborted);
        var content = Content(req.Content, limits.Value);
        var kind = Kind(req.Type);
        var report = RiskRules.Analyze(content, kind);
        return Envelope.Data(new ScriptRiskOut(report.Level.ToWire(), report.Findings.Select(ToWire).ToList()));
    }

    // Unlike a stored script's content, an empty one may be checked (COC: 0-4096): it is LOW.
    private static string Content(string? content, LimitsOptions limits)
    {
        if (content is null) throw CocError.Invalid("content", "required");
        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > limits.MaxScriptBytes)
            throw CocError.Invalid("content", $"must be at most {limits.MaxScriptBytes} bytes (it has {bytes})");
        return content;
    }

    private static ScriptKind Kind(string? type) =>
        type is null ? ScriptKind.Shell
        : WireNames.TryParse(type, out ScriptKind kind) ? kind
        : throw CocError.Invalid("type", $"must be one of {WireNames.Choices<ScriptKind>(WireNames.ToWire)}");

    private static BlacklistCommandOut ToWire(RiskFinding f) =>
        new(f.CommandName, f.Rule, f.Example, f.DescriptionEn, f.DescriptionZh, f.Level.ToWire(), f.Line, f.RuleId, f.Matched);
}
