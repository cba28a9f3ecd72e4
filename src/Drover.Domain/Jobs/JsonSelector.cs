using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Drover.Domain.Jobs;

/// <summary>
/// Picks one value out of a JSON document with a jq-like path: a step output's <see cref="StepOutput.Selector"/>.
/// </summary>
/// <remarks>
/// <para>Syntax (no spaces inside): <c>.</c> (the whole document), <c>.name</c> (<c>[A-Za-z_][A-Za-z0-9_]*</c>),
/// <c>."any key"</c> or <c>.["any key"]</c> (a JSON string, escapes allowed), <c>[0]</c> (array index),
/// <c>[-1]</c> (counted from the end), chained: <c>.servers[0].id</c>, <c>.a.b</c>, <c>.a["b c"]</c>, <c>.a.[0]</c>.
/// jq's iterators, slices, pipes and functions are not supported: an output is one value.</para>
/// <para>The value as text: a string without its quotes; a number or boolean as its JSON text; an object or
/// array as compact JSON (non-ASCII kept readable); a JSON <c>null</c> as the text <c>null</c>, as <c>jq -r</c>
/// prints it. A key that is absent is an error, not <c>null</c>, so a typo in a selector fails loudly.</para>
/// </remarks>
public static class JsonSelector
{
    private static readonly JsonWriterOptions CompactWriter = new()
    {
        Indented = false,
        // The text is for people and for interpolation into later steps, not for HTML: keep 中文 as it is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Selects the value at <paramref name="selector"/>; on failure <paramref name="error"/> says which segment did not match.</summary>
    public static bool TrySelect(JsonElement root, string selector, out string value, out string? error)
    {
        value = "";
        if (!TryParse(selector, out var segments, out error))
            return false;
        if (root.ValueKind == JsonValueKind.Undefined)
        {
            error = $"selector {selector.Trim()}: there is no JSON value to select from";
            return false;
        }

        var current = root;
        var path = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            path.Append(segment.Text);
            var problem = segment.Key is { } key ? StepIntoKey(ref current, key) : StepIntoIndex(ref current, segment.Index);
            if (problem is null)
                continue;
            // Name where it failed when that is not the whole selector: ".a.b.c" failing at ".a.b".
            var at = i < segments.Count - 1 ? $" (at {path})" : "";
            error = $"selector {selector.Trim()}: {problem}{at}";
            return false;
        }

        value = AsText(current);
        return true;
    }

    /// <summary>A syntax problem in <paramref name="selector"/>, or null when it is well formed. For validating documents.</summary>
    public static string? SelectorProblem(string selector) => TryParse(selector, out _, out var error) ? null : error;

    private static string? StepIntoKey(ref JsonElement current, string key)
    {
        if (current.ValueKind != JsonValueKind.Object)
            return $"{Quote(key)} needs an object, found {KindName(current.ValueKind)}";
        if (!current.TryGetProperty(key, out var next))
            return $"no key {Quote(key)}";
        current = next;
        return null;
    }

    private static string? StepIntoIndex(ref JsonElement current, int index)
    {
        if (current.ValueKind != JsonValueKind.Array)
            return $"[{index}] needs an array, found {KindName(current.ValueKind)}";
        var length = current.GetArrayLength();
        var actual = index < 0 ? length + index : index;
        if (actual < 0 || actual >= length)
            return $"index {index} out of range ({length} {(length == 1 ? "item" : "items")})";
        current = current[actual];
        return null;
    }

    private static string AsText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Null => "null",
        JsonValueKind.Object or JsonValueKind.Array => Compact(element),
        // Numbers and booleans: the JSON text exactly as the server wrote it (1.50 stays 1.50).
        _ => element.GetRawText(),
    };

    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactWriter))
            element.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Quote(string key) => JsonSerializer.Serialize(key, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One step of the path: a key (with <see cref="Index"/> unused) or an index. <see cref="Text"/> is how it was written.</summary>
    private readonly record struct Segment(string? Key, int Index, string Text);

    private static bool TryParse(string selector, out List<Segment> segments, out string? error)
    {
        segments = [];
        error = null;
        var s = (selector ?? "").Trim();
        if (s.Length == 0)
        {
            error = "selector is empty: use . for the whole response, or a path like .servers[0].id";
            return false;
        }
        if (s[0] != '.')
        {
            error = $"selector {s}: must start with '.' (like .servers or .[0])";
            return false;
        }
        if (s == ".")
            return true;

        var pos = 0;
        while (pos < s.Length)
        {
            var start = pos;
            string? problem;
            Segment segment;
            if (s[pos] == '[')
                problem = ParseBracket(s, ref pos, out segment);
            else if (s[pos] == '.')
            {
                pos++;
                if (pos < s.Length && s[pos] == '[')
                    problem = ParseBracket(s, ref pos, out segment);
                else if (pos < s.Length && s[pos] == '"')
                    problem = ParseQuotedKey(s, ref pos, out segment);
                else
                    problem = ParseName(s, ref pos, out segment);
            }
            else
            {
                problem = $"unexpected '{s[pos]}' at position {pos + 1}: segments start with '.' or '['";
                segment = default;
            }

            if (problem is not null)
            {
                error = $"selector {s}: {problem}";
                return false;
            }
            segments.Add(segment with { Text = s[start..pos] });
        }
        return true;
    }

    private static string? ParseName(string s, ref int pos, out Segment segment)
    {
        segment = default;
        var start = pos;
        if (pos >= s.Length)
            return $"a name must follow the '.' at position {pos}";
        if (!(char.IsAsciiLetter(s[pos]) || s[pos] == '_'))
            return $"unexpected '{s[pos]}' at position {pos + 1}: a name is letters, digits and '_' (quote other keys: .[\"my-key\"])";
        while (pos < s.Length && (char.IsAsciiLetterOrDigit(s[pos]) || s[pos] == '_'))
            pos++;
        if (pos < s.Length && s[pos] != '.' && s[pos] != '[')
            return $"unexpected '{s[pos]}' at position {pos + 1}: a name is letters, digits and '_' (quote other keys: .[\"my-key\"])";
        segment = new Segment(s[start..pos], 0, "");
        return null;
    }

    /// <summary><c>[N]</c>, <c>[-N]</c> or <c>["key"]</c>; <paramref name="pos"/> is at the '['.</summary>
    private static string? ParseBracket(string s, ref int pos, out Segment segment)
    {
        segment = default;
        var open = pos;
        pos++;
        if (pos < s.Length && s[pos] == '"')
        {
            var problem = ParseQuotedKey(s, ref pos, out segment);
            if (problem is not null)
                return problem;
        }
        else
        {
            var start = pos;
            if (pos < s.Length && s[pos] == '-')
                pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
                pos++;
            var digits = s[start..pos];
            if (digits is "" or "-")
            {
                if (digits == "" && pos < s.Length && s[pos] == ']')
                    return $"'[]' at position {open + 1} iterates in jq; an output is one value, so give an index like [0]";
                return $"expected an index or a quoted key after '[' at position {open + 1}";
            }
            if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                return $"index {digits} at position {start + 1} is too large";
            segment = new Segment(null, index, "");
        }
        if (pos >= s.Length || s[pos] != ']')
            return $"missing ']' for the '[' at position {open + 1}";
        pos++;
        return null;
    }

    /// <summary>A JSON string literal; <paramref name="pos"/> is at the opening quote.</summary>
    private static string? ParseQuotedKey(string s, ref int pos, out Segment segment)
    {
        segment = default;
        var open = pos;
        pos++;
        while (pos < s.Length && s[pos] != '"')
            pos += s[pos] == '\\' ? 2 : 1;
        if (pos >= s.Length)
            return $"unterminated string starting at position {open + 1}";
        pos++;
        var literal = s[open..pos];
        try
        {
            // JSON's own string rules, so \" \\ \u00e9 mean what they mean in JSON.
            using var doc = JsonDocument.Parse(literal);
            segment = new Segment(doc.RootElement.GetString()!, 0, "");
            return null;
        }
        catch (JsonException)
        {
            return $"invalid string {literal} at position {open + 1} (JSON string rules apply)";
        }
    }
}
