using Drover.Domain.Common;

namespace Drover.Server.Http;

/// <summary>
/// A client error in COC's shape. Thrown from validation anywhere under an endpoint and written by
/// <see cref="CocErrorMiddleware"/>: HTTP 400 for validation and not-found (as COC does), 401/403 for credentials.
/// </summary>
public sealed class CocError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static CocError Invalid(string field, string rule) => new(400, ErrorCodes.InvalidParameter, $"{field}: {rule}");
    public static CocError BadRequest(string code, string message) => new(400, code, message);
    public static CocError From(Refusal r) => new(400, r.Code, r.Message);
}
