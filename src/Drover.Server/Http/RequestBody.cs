using System.Text.Json;
using Drover.Domain.Common;

namespace Drover.Server.Http;

/// <summary>
/// Reads a JSON body into a request DTO and reports a malformed one by field: "execute_param.timeout: must be a
/// number", not a framework exception.
/// </summary>
public static class RequestBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (request.ContentLength == 0)
            throw CocError.BadRequest(ErrorCodes.MalformedBody, "request body: required, a JSON object");
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, CocJson.Options, ct);
        }
        catch (JsonText.Refused e)
        {
            // The rule may carry a path inside a free-form value (".resource_id: ..."), which continues the field's.
            var field = FieldOf(e.Path);
            var what = field is null ? $"request body {e.Rule.TrimStart(':', ' ')}"
                : e.Rule.StartsWith('.') || e.Rule.StartsWith('[') ? field + e.Rule : $"{field}: {e.Rule}";
            throw CocError.BadRequest(ErrorCodes.MalformedBody, what);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            var what = e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "has the wrong type" + ExpectedType(e.Message)
                : "is not valid JSON" + (e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine})" : "");
            throw CocError.BadRequest(ErrorCodes.MalformedBody, field is null ? $"request body {what}" : $"{field}: {what}");
        }
        return body ?? throw CocError.BadRequest(ErrorCodes.MalformedBody, "request body: required, a JSON object");
    }

    // "$.execute_batches[0].target_instances" → "execute_batches[0].target_instances"
    private static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string ExpectedType(string message)
    {
        // System.Text.Json says "... could not be converted to System.Int32. Path: ..."
        var at = message.IndexOf("converted to ", StringComparison.Ordinal);
        if (at < 0) return "";
        var clr = message[(at + 13)..];
        var end = clr.IndexOf(". Path", StringComparison.Ordinal);
        clr = end > 0 ? clr[..end] : clr;
        return clr switch
        {
            var s when s.Contains("Int32") || s.Contains("Int64") => ": must be an integer",
            var s when s.Contains("Double") || s.Contains("Decimal") => ": must be a number",
            var s when s.Contains("Boolean") => ": must be true or false",
            var s when s.Contains("String") => ": must be a string",
            var s when s.Contains("List") || s.Contains("[]") => ": must be an array",
            _ => ": must be an object",
        };
    }
}
