namespace Drover.Server.Http;

/// <summary>
/// The opsflow family's envelopes (documents, executions, atomics): <c>{"data": x}</c>, and FLAT lists
/// <c>{"total": n, "data": [...]}</c> — unlike the script family's nested <c>data.data</c>.
/// </summary>
public static class Opsflow
{
    public sealed record ListBody<T>(long Total, IReadOnlyList<T> Data);

    public static IResult Data<T>(T data) => Results.Json(new DataEnvelope<T>(data), CocJson.Options);

    public static IResult List<T>(long total, IReadOnlyList<T> rows) => Results.Json(new ListBody<T>(total, rows), CocJson.Options);
}
