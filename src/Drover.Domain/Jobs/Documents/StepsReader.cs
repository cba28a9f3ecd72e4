using YamlDotNet.RepresentationModel;

namespace Drover.Domain.Jobs.Documents;

/// <summary>
/// Reads <c>steps</c>: each step's name, task, inputs and outputs, and every reference in its inputs against the
/// declared globals and the outputs of the steps before it.
/// </summary>
internal sealed class StepsReader(IReadOnlyList<DocumentInput> globals, YamlValues values, List<string> errors)
{
    private readonly Dictionary<string, int> stepIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StepOutput>> declaredOutputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> globalNames = globals.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
    private List<string> allNames = [];

    public IReadOnlyList<DocumentStep> Read(YamlNode? node)
    {
        var steps = new List<DocumentStep>();
        if (YamlValues.IsNull(node))
        {
            errors.Add("content: steps: required, a non-empty list of steps");
            return steps;
        }
        if (node is not YamlSequenceNode list)
        {
            errors.Add($"content: steps: must be a list of steps, not {DocumentParser.What(node!)}");
            return steps;
        }
        if (list.Children.Count == 0)
        {
            errors.Add("content: steps: required, a non-empty list of steps");
            return steps;
        }
        // Every step name, so a reference to a later step can say "does not run before this one".
        allNames = list.Children.OfType<YamlMappingNode>().Select(m => YamlValues.Scalar(DocumentParser.Child(m, "name")))
            .Where(n => n is not null).Select(n => n!).ToList();
        for (var i = 0; i < list.Children.Count; i++)
            if (Step(i, list.Children[i]) is { } step) steps.Add(step);
        return steps;
    }

    private DocumentStep? Step(int index, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add($"content: steps[{index}]: must be a mapping (name, task, inputs, outputs), not {DocumentParser.What(node)}");
            return null;
        }
        var nameNode = DocumentParser.Child(map, "name");
        var name = YamlValues.Scalar(nameNode);
        var label = name is { Length: > 0 } ? $"content: steps[{index}] ({TaskInputRules.Clip(name)})" : $"content: steps[{index}]";
        if (nameNode is not null and not YamlScalarNode)
            errors.Add($"{label}.name: must be text, not {DocumentParser.What(nameNode)}");
        else if (name is not { Length: > 0 })
            errors.Add($"{label}.name: required");
        else if (!DocumentParser.IsName(name))
            errors.Add($"{label}.name: {DocumentParser.NameRule}");
        else if (stepIndex.TryGetValue(name, out var first))
            errors.Add($"{label}.name: duplicate step name '{name}' (also steps[{first}])");
        else
            stepIndex[name] = index;

        var description = DocumentParser.Text(map, "description", $"{label}.description", "", errors);
        var taskNode = DocumentParser.Child(map, "task");
        var task = YamlValues.Scalar(taskNode);
        StepTaskSpec? spec = null;
        if (taskNode is not null and not YamlScalarNode)
            errors.Add($"{label}.task: must be text, not {DocumentParser.What(taskNode)}");
        else if (task is not { Length: > 0 })
            errors.Add($"{label}.task: required (supported: {StepTasks.Supported})");
        else if ((spec = StepTasks.ByTask(task)) is null)
            errors.Add($"{label}.task: unknown task '{TaskInputRules.Clip(task)}' (supported: {StepTasks.Supported})");

        var inputs = Inputs(DocumentParser.Child(map, "inputs"), spec, label);
        var outputs = Outputs(DocumentParser.Child(map, "outputs"), spec, label);
        // Registered after its own inputs are checked: a step cannot use its own outputs.
        if (name is not null && !declaredOutputs.ContainsKey(name)) declaredOutputs[name] = outputs;
        return new DocumentStep(name ?? "", description, task ?? "", inputs, outputs);
    }

    private Dictionary<string, string> Inputs(YamlNode? node, StepTaskSpec? spec, string label)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not null && !YamlValues.IsNull(node) && node is not YamlMappingNode)
        {
            errors.Add($"{label}.inputs: must be a mapping of input name to value, not {DocumentParser.What(node)}");
            return result;
        }
        if (node is YamlMappingNode map)
        {
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = YamlValues.Scalar(keyNode) ?? "";
                var field = $"{label}.inputs.{TaskInputRules.Clip(key)}";
                var input = spec?.Inputs.FirstOrDefault(i => i.Key == key);
                if (spec is not null && input is null)
                {
                    errors.Add($"{field}: unknown input for {spec.Task} (accepted: {string.Join(", ", spec.Inputs.Select(i => i.Key))})");
                    continue;
                }
                if (YamlValues.IsNull(valueNode)) continue;
                if (input is { ParamType: "CONSTANT" } && valueNode is not YamlScalarNode)
                {
                    errors.Add($"{field}: must be a single value, not {DocumentParser.What(valueNode)}");
                    continue;
                }
                string value;
                try
                {
                    value = values.Text(valueNode);
                }
                catch (YamlValues.BadValueException e)
                {
                    errors.Add($"{field}: {e.Message}");
                    continue;
                }
                result[key] = value;
                var references = Interpolation.References(value);
                foreach (var r in references)
                    if (ReferenceProblem(r) is { } problem) errors.Add($"{field}: {r} {problem}");
                // A value with references is checked when the step runs, once they have their values.
                if (input is not null && references.Count == 0 && TaskInputRules.Problem(input, value) is { } rule)
                    errors.Add($"{field}: {rule}");
            }
        }
        if (spec is not null)
            foreach (var required in spec.Inputs.Where(i => i.Required && !result.ContainsKey(i.Key)))
            {
                // A value given but refused above has its own error; only an absent or null one is "required".
                var given = node is YamlMappingNode m ? DocumentParser.Child(m, required.Key) : null;
                if (YamlValues.IsNull(given)) errors.Add($"{label}.inputs.{required.Key}: required by {spec.Task}");
            }
        return result;
    }

    private string? ReferenceProblem(Reference r)
    {
        if (r.Kind == ReferenceKind.Global)
        {
            if (globalNames.Contains(r.Name)) return null;
            return globalNames.Count == 0
                ? "names no declared input (the document declares no inputs)"
                : $"names no declared input (declared: {string.Join(", ", globalNames)})";
        }
        if (declaredOutputs.TryGetValue(r.Step!, out var outputs))
        {
            if (outputs.Any(o => o.Name == r.Name)) return null;
            return outputs.Count == 0
                ? $"names an output step '{r.Step}' does not declare (it declares none)"
                : $"names an output step '{r.Step}' does not declare (declared: {string.Join(", ", outputs.Select(o => o.Name))})";
        }
        return allNames.Contains(r.Step!, StringComparer.Ordinal)
            ? $"names step '{r.Step}', which does not run before this one"
            : $"names no step '{r.Step}'";
    }

    private IReadOnlyList<StepOutput> Outputs(YamlNode? node, StepTaskSpec? spec, string label)
    {
        var result = new List<StepOutput>();
        if (YamlValues.IsNull(node)) return result;
        if (node is not YamlSequenceNode list)
        {
            errors.Add($"{label}.outputs: must be a list of {{name, selector}}, not {DocumentParser.What(node!)}");
            return result;
        }
        if (list.Children.Count == 0) return result;
        if (spec is { SupportsOutputs: false })
        {
            errors.Add($"{label}.outputs: {spec.Task} has no outputs");
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"{label}.outputs[{i}]";
            if (list.Children[i] is not YamlMappingNode o)
            {
                errors.Add($"{field}: must be a mapping (name, selector, type), not {DocumentParser.What(list.Children[i])}");
                continue;
            }
            var name = DocumentParser.Text(o, "name", $"{field}.name", "", errors);
            var selector = DocumentParser.Text(o, "selector", $"{field}.selector", "", errors);
            var type = DocumentParser.Text(o, "type", $"{field}.type", "String", errors);
            var ok = true;
            if (name.Length == 0) { errors.Add($"{field}.name: required"); ok = false; }
            else if (!DocumentParser.IsName(name)) { errors.Add($"{field}.name: {DocumentParser.NameRule}"); ok = false; }
            else if (!seen.Add(name)) { errors.Add($"{field}.name: duplicate output name '{name}'"); ok = false; }
            if (selector.Length == 0) { errors.Add($"{field}.selector: required, a JSON path into the response such as .servers[0].id"); ok = false; }
            else if (selector[0] != '.') { errors.Add($"{field}.selector: must start with '.' (a JSON path into the response such as .servers[0].id)"); ok = false; }
            if (ok) result.Add(new StepOutput(name, selector, type));
        }
        return result;
    }
}
