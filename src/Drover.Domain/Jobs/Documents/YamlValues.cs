using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Drover.Domain.Jobs.Documents;

/// <summary>
/// Turns YAML values into the text a step input holds: a scalar is its text; a mapping or list written inline
/// becomes JSON text (every scalar in it a JSON string, since inputs are text), as if it had been written as JSON.
/// </summary>
/// <param name="ct">Checked at every node written, so an expansion stops with the request that asked for it.</param>
internal sealed class YamlValues(CancellationToken ct)
{
    /// <summary>
    /// How much JSON one document may expand to. YAML aliases repeat a node without repeating its text, so a small
    /// document could otherwise expand to gigabytes ("billion laughs").
    /// </summary>
    public const int MaxExpandedChars = 1 << 20;

    private long left = MaxExpandedChars;

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null, read as "not given".</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>A scalar's text, or null for YAML's null or a non-scalar.</summary>
    public static string? Scalar(YamlNode? node) => node is YamlScalarNode s && !IsNull(s) ? s.Value ?? "" : null;

    /// <summary>The value as text: a scalar's text or a collection's JSON. Throws <see cref="BadValueException"/>.</summary>
    public string Text(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : Json(node);

    public string Json(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = YamlLoad.MaxDepth + 1 }))
            Write(w, node, 0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Write(Utf8JsonWriter w, YamlNode node, int depth)
    {
        ct.ThrowIfCancellationRequested();
        // YamlGuard refuses an alias inside itself; the depth limit stays as a second fence, as for plain deep nesting.
        if (depth > YamlLoad.MaxDepth) throw new BadValueException($"nests deeper than {YamlLoad.MaxDepth} levels (a YAML alias that contains itself?)");
        switch (node)
        {
            case YamlScalarNode s:
                Spend(s.Value?.Length ?? 4);
                if (IsNull(s)) w.WriteNullValue();
                else w.WriteStringValue(s.Value);
                break;
            case YamlSequenceNode seq:
                Spend(2);
                w.WriteStartArray();
                foreach (var item in seq.Children) Write(w, item, depth + 1);
                w.WriteEndArray();
                break;
            case YamlMappingNode map:
                Spend(2);
                w.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = key is YamlScalarNode k ? k.Value ?? "" : throw new BadValueException("has a key that is not text");
                    Spend(name.Length + 3);
                    w.WritePropertyName(name);
                    Write(w, value, depth + 1);
                }
                w.WriteEndObject();
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    private void Spend(long chars)
    {
        left -= chars + 1;
        if (left < 0) throw new BadValueException($"expands to more than {MaxExpandedChars} characters (YAML aliases repeating large values?)");
    }

    /// <summary>A value that cannot become JSON text; the message follows "inputs.NAME: ".</summary>
    public sealed class BadValueException(string message) : Exception(message);
}
