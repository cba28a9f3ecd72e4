using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drover.Server.Api;

/// <summary>
/// No stored text may hold U+0000: PostgreSQL refuses it in text columns, so a NUL from a client would surface as a 500
/// there and not on SQLite. It is refused at the door, in queries, paths and JSON bodies alike, naming the field.
/// </summary>
public static class NulCharacters
{
    public const string Rule = "must not contain the NUL character (\\u0000)";

    public static void RejectIn(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0') == true) throw CocError.Invalid("path", Rule);
        foreach (var (name, values) in request.Query)
        {
            if (name.Contains('\0')) throw CocError.Invalid("query", Rule);
            foreach (var v in values)
                if (v?.Contains('\0') == true) throw CocError.Invalid(name, Rule);
        }
    }

    /// <summary>Reads JSON strings, refusing a NUL; <see cref="RequestBody"/> names the field from the exception's path.</summary>
    public sealed class Refuse : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var s = reader.GetString();
            return s is not null && s.Contains('\0') ? throw new JsonException(Rule) : s;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
