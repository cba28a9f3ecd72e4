namespace Drover.Server.Http;

/// <summary>The script family's envelopes: <c>{"data": x}</c>, and for lists <c>{"data": {"total": n, "data": [...]}}</c>.</summary>
public sealed record DataEnvelope<T>(T Data);

public sealed record PageBody<T>(long Total, IReadOnlyList<T> Data);

public static class Envelope
{
    public static IResult Data<T>(T data) => Results.Json(new DataEnvelope<T>(data), CocJson.Options);

    public static IResult Page<T>(long total, IReadOnlyList<T> rows) => Data(new PageBody<T>(total, rows));
}
