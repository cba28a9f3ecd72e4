using Drover.Domain.Common;
using Drover.Domain.Jobs;
using Drover.Server.Http;

namespace Drover.Server.Jobs.Api;

/// <summary>
/// Step tasks as COC's "atomic capabilities": <c>/v1/atomics</c> (reference §5.8, §5.9). The same for every project:
/// it is Drover's catalogue (<see cref="StepTasks"/>), not data.
/// </summary>
public static class AtomicEndpoints
{
    public static void MapAtomics(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/atomics");
        g.MapGet("", List);
        g.MapGet("/{atomic_unique_key}", Get);
    }

    private static IResult List(HttpContext ctx)
    {
        var limit = Query.Int(ctx.Request, "limit", 1, 100) ?? 10;
        var offset = Query.Int(ctx.Request, "offset", 0, int.MaxValue) ?? 0;
        var rows = StepTasks.All.Skip(offset).Take(limit)
            .Select(t => new AtomicListRow(t.AtomicKey, t.NameZh, t.NameEn, t.Tags)).ToList();
        return Opsflow.List(StepTasks.All.Count, rows);
    }

    private static IResult Get(string atomic_unique_key)
    {
        var t = StepTasks.ByAtomicKey(atomic_unique_key)
            ?? throw CocError.BadRequest(ErrorCodes.AtomicNotFound,
                $"atomic_unique_key: no atomic capability '{atomic_unique_key}' (Drover has {string.Join(", ", StepTasks.All.Select(a => a.AtomicKey))})");
        var inputs = t.Inputs.Select(i => new AtomicInput(
            i.Key, i.NameZh, i.NameEn, i.Required, i.ParamType, i.Type, i.Default, i.Min, i.Max, i.MinLen, i.MaxLen, i.Pattern, i.Enums)).ToList();
        return Opsflow.Data(new AtomicDetail(t.AtomicKey, t.NameZh, t.NameEn, t.Tags, inputs,
            new AtomicOutputs(t.SupportsOutputs, t.SupportsOutputs ? "JSON" : null)));
    }
}
