using System.Text.Json;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>
/// The step's <c>headers</c> input: a JSON object of strings. Problems name the header, never its value,
/// because values often carry credentials (<c>Authorization</c>, <c>X-Auth-Token</c>).
/// </summary>
public static class ApiHeaders
{
    /// <summary>Framing and routing are Drover's to set; a job changing them could confuse the connection.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "Keep-Alive", "TE", "Trailer",
    };

    /// <summary>The headers in order, or the problem with them.</summary>
    public static string? Parse(string? json, out IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        headers = [];
        if (string.IsNullOrWhiteSpace(json))
            return null;

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return "headers must be a JSON object of strings, like {\"Content-Type\":\"application/json\"}: it is not valid JSON";
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return $"headers must be a JSON object of strings, not {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}";
            var list = new List<KeyValuePair<string, string>>();
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                var name = property.Name;
                if (!IsToken(name))
                    return $"header name {JsonSerializer.Serialize(name)} is not a valid HTTP header name";
                if (Reserved.Contains(name))
                    return $"header {name} is set by Drover and cannot be given";
                if (property.Value.ValueKind != JsonValueKind.String)
                    return $"header {name} must be a string, not {property.Value.ValueKind.ToString().ToLowerInvariant()}";
                if (!IsSendable(property.Value.GetString()!))
                    return $"header {name} has a value with line breaks, control or non-ASCII characters";
                list.Add(new(name, property.Value.GetString()!));
            }
            headers = list;
            return null;
        }
    }

    /// <summary>RFC 9110 token characters.</summary>
    private static bool IsToken(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c));

    /// <summary>Visible ASCII, space and tab: what HttpClient sends without a custom header encoding.</summary>
    private static bool IsSendable(string value) => value.All(c => c == '\t' || c is >= ' ' and <= '~');
}
