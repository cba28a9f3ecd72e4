using Drover.Domain.Common;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Scripts;
using Drover.Server.Http;

namespace Drover.Server.Jobs.Api;

/// <summary>COC's rules for job fields (reference §5.2, §5.5), each failure naming the field and the rule.</summary>
public static class DocumentValidation
{
    public const int MaxNameLength = 128;
    public const int MaxContentLength = 65_536;
    public const int MaxDescriptionLength = 500;
    public const int MaxTags = 20;

    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name)) throw CocError.Invalid("name", "required");
        if (name.Length > MaxNameLength) throw CocError.Invalid("name", $"length must be between 1 and {MaxNameLength}");
        if (name.Any(char.IsControl)) throw CocError.Invalid("name", "must not contain control characters");
        return name;
    }

    /// <summary>
    /// The content, checked as a job (semantics §4): every rule it breaks, as many as the message holds. The parse
    /// stops with <paramref name="ct"/> (the request's), so a costly document is not read for a client that has gone.
    /// </summary>
    public static string Content(string? content, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(content)) throw CocError.Invalid("content", "required");
        if (content.Length > MaxContentLength)
            throw CocError.Invalid("content", $"length must be between 1 and {MaxContentLength} (it has {content.Length})");
        var parse = DocumentParser.Parse(content, ct);
        if (!parse.IsValid) throw CocError.BadRequest(ErrorCodes.DocumentContentInvalid, Joined(parse.Errors));
        return content;
    }

    /// <summary>
    /// COC's error_msg holds 512 characters: as many whole errors as fit, then how many more there are, rather
    /// than a cut in the middle of one.
    /// </summary>
    public static string Joined(IReadOnlyList<string> errors, int max = 512)
    {
        var shown = new List<string>();
        var length = 0;
        foreach (var e in errors)
        {
            var more = errors.Count - shown.Count - 1;
            var suffix = more > 0 ? $" (and {more} more)".Length : 0;
            if (shown.Count > 0 && length + 2 + e.Length + suffix > max) break;
            shown.Add(e);
            length += (shown.Count > 1 ? 2 : 0) + e.Length;
        }
        var rest = errors.Count - shown.Count;
        return string.Join("; ", shown) + (rest > 0 ? $" (and {rest} more)" : "");
    }

    public static RiskLevel Risk(string? risk)
    {
        if (string.IsNullOrEmpty(risk)) throw CocError.Invalid("risk_level", "required");
        return WireNames.TryParse(risk, out RiskLevel level)
            ? level
            : throw CocError.Invalid("risk_level", $"must be one of {WireNames.Choices<RiskLevel>(WireNames.ToWire)}");
    }

    public static string? Description(string? description)
    {
        if (description is { Length: > MaxDescriptionLength })
            throw CocError.Invalid("description", $"length must be between 0 and {MaxDescriptionLength}");
        return description;
    }

    public static string EnterpriseProject(string? id)
    {
        if (string.IsNullOrEmpty(id)) return "0";
        if (id.Length > 128) throw CocError.Invalid("enterprise_project_id", "length must be at most 128");
        return id;
    }

    public static IReadOnlyList<TagOut> Tags(List<TagDto?>? tags)
    {
        if (tags is null) return [];
        if (tags.Count > MaxTags) throw CocError.Invalid("tags", $"at most {MaxTags} tags");
        var result = new List<TagOut>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var t = tags[i] ?? throw CocError.Invalid($"tags[{i}]", "must be an object {key, value}");
            if (string.IsNullOrEmpty(t.Key) || t.Key.Length > 128) throw CocError.Invalid($"tags[{i}].key", "required, length 1-128");
            if (!seen.Add(t.Key)) throw CocError.Invalid($"tags[{i}].key", $"duplicate tag key '{t.Key}'");
            if (t.Value is { Length: > 255 }) throw CocError.Invalid($"tags[{i}].value", "length must be between 0 and 255");
            result.Add(new TagOut(t.Key, t.Value ?? ""));
        }
        return result;
    }
}
