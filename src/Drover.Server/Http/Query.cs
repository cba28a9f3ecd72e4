using System.Globalization;
using Drover.Domain.Common;

namespace Drover.Server.Http;

/// <summary>Query-string parameters, parsed strictly with errors that name the parameter and the rule.</summary>
public static class Query
{
    public static string? String(HttpRequest r, string name, int minLength = 1, int maxLength = 256)
    {
        if (!r.Query.TryGetValue(name, out var values)) return null;
        var v = values.ToString();
        if (v.Length < minLength || v.Length > maxLength)
            throw CocError.Invalid(name, $"length must be between {minLength} and {maxLength}");
        return v;
    }

    public static long? Long(HttpRequest r, string name, long min, long max)
    {
        if (!r.Query.TryGetValue(name, out var values)) return null;
        if (!long.TryParse(values.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            throw CocError.Invalid(name, "must be an integer");
        if (v < min || v > max) throw CocError.Invalid(name, $"must be between {min} and {max}");
        return v;
    }

    public static int? Int(HttpRequest r, string name, int min, int max) => (int?)Long(r, name, min, max);

    public static int RequiredInt(HttpRequest r, string name, int min, int max) =>
        Int(r, name, min, max) ?? throw CocError.Invalid(name, $"required, an integer between {min} and {max}");

    public static T? Enum<T>(HttpRequest r, string name, WireNames.TryParseWire<T> parse, string choices) where T : struct
    {
        if (!r.Query.TryGetValue(name, out var values)) return null;
        return parse(values.ToString(), out var v) ? v : throw CocError.Invalid(name, $"must be one of {choices}");
    }
}
