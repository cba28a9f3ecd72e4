using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Drover.Server.Http;

/// <summary>
/// The rules every string in a request body obeys, wherever it sits: valid UTF-8 (a raw byte sequence that is not, or a
/// <c>\ud800</c> escape without its pair, cannot become text) and no NUL (<see cref="NulCharacters"/>). A broken string
/// is refused with <see cref="Refused"/>, whose path <see cref="RequestBody"/> turns into the field's name; System.Text.Json
/// itself would only say the value "could not be converted to System.String".
/// </summary>
public static class JsonText
{
    public const string NotUtf8 = "is not valid UTF-8";

    /// <summary>A string broke a text rule; the message is the rule, the serializer adds the path.</summary>
    public sealed class Refused(string rule) : JsonException(rule)
    {
        public string Rule { get; } = rule;
    }

    /// <summary>Typed string fields (and strings in lists).</summary>
    public sealed class Strings : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException(); // the serializer's own "could not be converted to System.String", with its path
            var s = Decode(ref reader);
            return s.Contains('\0') ? throw new Refused(NulCharacters.Rule) : s;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Free-form values (a job's targets): each string and property name inside obeys the same rules.</summary>
    public sealed class Elements : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var element = JsonElement.ParseValue(ref reader);
            Check(element, "");
            return element;
        }

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

        private static void Check(JsonElement e, string at)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    CheckText(e, at);
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray()) Check(item, $"{at}[{i++}]");
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        string name;
                        try { name = p.Name; }
                        catch (InvalidOperationException) { throw new Refused($"{at}: a property name {NotUtf8}".TrimStart(':', ' ')); }
                        if (name.Contains('\0')) throw new Refused($"{at}: a property name {NulCharacters.Rule}".TrimStart(':', ' '));
                        Check(p.Value, $"{at}.{name}");
                    }
                    break;
            }
        }

        private static void CheckText(JsonElement e, string at)
        {
            string s;
            try { s = e.GetString()!; }
            catch (InvalidOperationException)
            {
                throw new Refused(Prefixed(at, Utf8.IsValid(JsonMarshal.GetRawUtf8Value(e)) ? LoneSurrogate : NotUtf8));
            }
            if (s.Contains('\0')) throw new Refused(Prefixed(at, NulCharacters.Rule));
        }
    }

    private const string LoneSurrogate = NotUtf8 + ": a \\ud800-\\udfff escape must come in a pair";

    /// <summary>
    /// The rule, behind the path inside a free-form value: "<c>.resource_id: is not valid UTF-8</c>", which
    /// <see cref="RequestBody"/> appends to the value's own path.
    /// </summary>
    private static string Prefixed(string at, string rule) => at.Length == 0 ? rule : $"{at}: {rule}";

    private static string Decode(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Raw bytes that are valid UTF-8 can only have failed in an escape: a surrogate without its pair.
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            throw new Refused(reader.ValueIsEscaped && Utf8.IsValid(raw) ? LoneSurrogate : NotUtf8);
        }
    }
}
