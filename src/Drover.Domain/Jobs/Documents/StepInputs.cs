namespace Drover.Domain.Jobs.Documents;

/// <summary>An input value that breaks its task's rules once its references are resolved.</summary>
public sealed class StepInputException(string step, string input, string message) : Exception(message)
{
    public string Step { get; } = step;
    public string Input { get; } = input;
}

/// <summary>
/// A step's inputs as its task receives them when it starts: the catalogue's defaults for inputs the document
/// leaves out, references resolved, and every value checked again (a document only checks literal values on save).
/// </summary>
public static class StepInputs
{
    /// <summary>The document's values plus the task's defaults for the inputs it does not give.</summary>
    public static IReadOnlyDictionary<string, string> WithDefaults(DocumentStep step)
    {
        var result = new Dictionary<string, string>(step.Inputs, StringComparer.Ordinal);
        if (StepTasks.ByTask(step.Task) is { } spec)
            foreach (var input in spec.Inputs)
                if (input.Default is { } d && !result.ContainsKey(input.Key)) result[input.Key] = d;
        return result;
    }

    /// <exception cref="InterpolationException">A reference has no value.</exception>
    /// <exception cref="StepInputException">A resolved value breaks its input's rules, or a required input is empty.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(DocumentStep step, IReadOnlyDictionary<string, string> globals,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> stepOutputs)
    {
        var spec = StepTasks.ByTask(step.Task) ?? throw new ArgumentException($"step '{step.Name}' has unknown task '{step.Task}'", nameof(step));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, template) in WithDefaults(step))
        {
            var value = Interpolation.Resolve(template, globals, stepOutputs);
            var input = spec.Inputs.FirstOrDefault(i => i.Key == key);
            if (input is not null && TaskInputRules.Problem(input, value) is { } problem)
            {
                var from = value == template ? "" : $" (from {TaskInputRules.Clip(template)})";
                throw new StepInputException(step.Name, key, $"step '{step.Name}' input '{key}'{from}: {problem}");
            }
            result[key] = value;
        }
        foreach (var required in spec.Inputs.Where(i => i.Required && !result.ContainsKey(i.Key)))
            throw new StepInputException(step.Name, required.Key, $"step '{step.Name}' input '{required.Key}': required by {spec.Task}");
        return result;
    }
}
