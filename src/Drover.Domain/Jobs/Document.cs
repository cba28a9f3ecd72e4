namespace Drover.Domain.Jobs;

/// <summary>
/// A job ("document"): the parsed YAML of one version. <c>meta</c>, global <c>inputs</c>, and <c>steps</c> run in order.
/// Input values are kept as text: interpolation happens when a step starts.
/// </summary>
public sealed record Document(DocumentMeta Meta, IReadOnlyList<DocumentInput> Inputs, IReadOnlyList<DocumentStep> Steps);

public sealed record DocumentMeta(string Name, int SchemaVersion, string Description);

/// <param name="ParamSource"><c>CUSTOM</c> (a free value) or <c>INSTANCE</c> (a host list, as a JSON array of instances).</param>
/// <param name="Default">Null when the input has no default: then an execution must give it a value.</param>
public sealed record DocumentInput(string Name, string Type, string? Default, string ParamSource, string Description);

/// <param name="Task">The step task, e.g. <c>hwc:runbook:scripts@1.0.0</c>.</param>
public sealed record DocumentStep(string Name, string Description, string Task, IReadOnlyDictionary<string, string> Inputs, IReadOnlyList<StepOutput> Outputs);

/// <param name="Selector">Where the value is in the step's JSON result, e.g. <c>.servers[0].id</c>.</param>
public sealed record StepOutput(string Name, string Selector, string Type);
