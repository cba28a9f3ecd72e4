using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Drover.Domain.Jobs.Documents;

/// <summary>
/// Reads and checks a job's YAML (reference §5.1, semantics §4): <c>meta</c>, global <c>inputs</c> and <c>steps</c>.
/// Every problem is reported, not only the first, each naming where it is ("content: steps[2] (query).inputs.url: ...").
/// Keys it does not know are ignored at the top level and in meta, input definitions and steps, as COC's own
/// documents carry more than Drover uses.
/// </summary>
public static partial class DocumentParser
{
    public const int DefaultSchemaVersion = 3;

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex NamePattern();

    internal static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    internal const string NameRule = "must be 1-64 letters, digits, '_' or '-'";

    /// <summary>Reads <paramref name="content"/>; <paramref name="ct"/> (the request's) stops the work when its caller has gone.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static DocumentParse Parse(string content, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var root = YamlLoad.Root(content, errors, ct);
        if (root is null) return new DocumentParse(null, errors);
        if (root is not YamlMappingNode map)
        {
            errors.Add($"content: must be a YAML mapping with meta, inputs and steps, not {What(root)}");
            return new DocumentParse(null, errors);
        }
        var values = new YamlValues(ct);
        var meta = Meta(Child(map, "meta"), errors);
        var inputs = Inputs(Child(map, "inputs"), values, errors);
        var steps = new StepsReader(inputs, values, errors).Read(Child(map, "steps"));
        return errors.Count > 0 ? new DocumentParse(null, errors) : new DocumentParse(new Document(meta!, inputs, steps), errors);
    }

    internal static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    internal static string What(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when YamlValues.IsNull(node) => "empty",
        _ => "a single value",
    };

    /// <summary>Optional text: absent or null gives <paramref name="fallback"/>; a mapping or list is an error.</summary>
    internal static string Text(YamlMappingNode map, string key, string field, string fallback, List<string> errors)
    {
        var node = Child(map, key);
        if (YamlValues.IsNull(node)) return fallback;
        if (node is YamlScalarNode s) return s.Value ?? fallback;
        errors.Add($"{field}: must be text, not {What(node!)}");
        return fallback;
    }

    private static DocumentMeta? Meta(YamlNode? node, List<string> errors)
    {
        if (YamlValues.IsNull(node))
        {
            errors.Add("content: meta: required, a mapping with at least name");
            return null;
        }
        if (node is not YamlMappingNode meta)
        {
            errors.Add($"content: meta: must be a mapping with at least name, not {What(node!)}");
            return null;
        }
        var name = "";
        var nameNode = Child(meta, "name");
        if (nameNode is not null and not YamlScalarNode)
            errors.Add($"content: meta.name: must be text, not {What(nameNode)}");
        else if (YamlValues.Scalar(nameNode) is not { Length: > 0 } given)
            errors.Add("content: meta.name: required");
        else if (given.Length > 128)
            errors.Add($"content: meta.name: length must be at most 128 (it has {given.Length})");
        else
            name = given;
        var schema = DefaultSchemaVersion;
        var schemaText = Text(meta, "schemaVersion", "content: meta.schemaVersion", "", errors);
        if (schemaText.Length > 0 && !int.TryParse(schemaText, NumberStyles.None, CultureInfo.InvariantCulture, out schema))
            errors.Add($"content: meta.schemaVersion: must be a whole number (got '{TaskInputRules.Clip(schemaText)}')");
        var description = Text(meta, "description", "content: meta.description", "", errors);
        return new DocumentMeta(name, schema, description);
    }

    private static readonly string[] ParamSources = ["CUSTOM", "INSTANCE"];

    private static IReadOnlyList<DocumentInput> Inputs(YamlNode? node, YamlValues values, List<string> errors)
    {
        var result = new List<DocumentInput>();
        if (YamlValues.IsNull(node)) return result;
        if (node is not YamlMappingNode inputs)
        {
            errors.Add($"content: inputs: must be a mapping of input name to definition, not {What(node!)}");
            return result;
        }
        foreach (var (key, definition) in inputs.Children)
        {
            var name = YamlValues.Scalar(key);
            if (!IsName(name))
            {
                errors.Add($"content: inputs: input name '{TaskInputRules.Clip(name ?? "")}' {NameRule}");
                continue;
            }
            var field = $"content: inputs.{name}";
            if (YamlValues.IsNull(definition))
            {
                result.Add(new DocumentInput(name!, "string", null, "CUSTOM", ""));
                continue;
            }
            if (definition is not YamlMappingNode d)
            {
                errors.Add($"{field}: must be a mapping (type, default, paramSource, description), not {What(definition)}");
                continue;
            }
            var type = Text(d, "type", $"{field}.type", "string", errors);
            var source = Text(d, "paramSource", $"{field}.paramSource", "CUSTOM", errors);
            if (!ParamSources.Contains(source, StringComparer.Ordinal))
                errors.Add($"{field}.paramSource: must be one of {string.Join(", ", ParamSources)} (got '{TaskInputRules.Clip(source)}')");
            var description = Text(d, "description", $"{field}.description", "", errors);
            string? @default = null;
            var defaultNode = Child(d, "default");
            if (!YamlValues.IsNull(defaultNode))
            {
                try
                {
                    @default = values.Text(defaultNode!);
                }
                catch (YamlValues.BadValueException e)
                {
                    errors.Add($"{field}.default: {e.Message}");
                }
            }
            result.Add(new DocumentInput(name!, type, @default, source, description));
        }
        return result;
    }
}
