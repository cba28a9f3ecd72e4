using Drover.Server.Limits;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Drover.Server.Http.Edge;

/// <summary>
/// Gives each request the body limit of its endpoint (<see cref="BodyLimitOptions"/>) before anything reads the body
/// (an SDK signature reads it during authentication). Kestrel then refuses a larger body, announced or chunked, with a
/// 413 that the error middleware answers in COC's shape; a Content-Length over it is refused before anything else. Body read failures Kestrel reports as a plain IOException (a
/// chunk size past 2^31) become a 400 the same way, not a 500.
/// </summary>
public sealed class BodyLimits(RequestDelegate next, IOptions<BodyLimitOptions> options, IOptions<LimitsOptions> limits)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        var limit = LimitOf(ctx);
        if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        // An announced length over the limit is refused at once, before authentication or any lookup runs.
        if (ctx.Request.ContentLength > limit)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        ctx.Request.Body = new BodyReadErrors(ctx.Request.Body);
        return next(ctx);
    }

    private long LimitOf(HttpContext ctx)
    {
        var o = options.Value;
        var route = (ctx.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.TrimEnd('/');
        return (ctx.Request.Method, route) switch
        {
            ("POST", "/v1/job/scripts") or ("PUT", "/v1/job/scripts/{script_uuid}") or ("POST", "/v1/job/analyze-job") => o.ScriptBytes(limits.Value),
            ("POST", "/v1/documents") or ("PUT", "/v1/documents/{document_id}") => o.DocumentBytes(),
            ("POST", "/v1/job/scripts/{script_uuid}") or ("POST", "/v1/documents/{document_id}") => o.MaxBytes,
            _ => o.SmallBytes,
        };
    }

    /// <summary>The request body, with Kestrel's bare IOExceptions turned into the 400 they are.</summary>
    private sealed class BodyReadErrors(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            try { return inner.Read(buffer, offset, count); }
            catch (IOException e) when (e is not BadHttpRequestException) { throw Malformed(e); }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try { return await inner.ReadAsync(buffer, cancellationToken); }
            catch (IOException e) when (e is not BadHttpRequestException) { throw Malformed(e); }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private static BadHttpRequestException Malformed(IOException e) => new(e.Message, StatusCodes.Status400BadRequest, e);

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
