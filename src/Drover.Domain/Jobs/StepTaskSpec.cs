namespace Drover.Domain.Jobs;

/// <summary>
/// One step task Drover supports (an "atomic" in COC's words): its task reference, its atomic key, and its inputs.
/// The catalogue is <see cref="StepTasks"/>; it answers <c>GET /v1/atomics</c> and validates documents.
/// </summary>
public sealed record StepTaskSpec(
    string Task, string AtomicKey, string NameEn, string NameZh, IReadOnlyList<string> Tags,
    IReadOnlyList<TaskInputSpec> Inputs, bool SupportsOutputs);

/// <param name="ParamType"><c>CONSTANT</c> or <c>DICTIONARY</c> (a JSON value).</param>
/// <param name="Type"><c>integer</c> or <c>string</c>.</param>
public sealed record TaskInputSpec(
    string Key, string NameEn, string NameZh, bool Required, string ParamType, string Type, string? Default,
    long? Min = null, long? Max = null, int? MinLen = null, int? MaxLen = null, string? Pattern = null,
    IReadOnlyList<string>? Enums = null);
