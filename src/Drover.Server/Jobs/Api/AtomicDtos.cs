namespace Drover.Server.Jobs.Api;

/// <summary>AtomicModel.</summary>
public sealed record AtomicListRow(string AtomicUniqueKey, string AtomicNameZh, string AtomicNameEn, IReadOnlyList<string> Tags);

/// <summary>GetDocumentAtomicInfo's data.</summary>
public sealed record AtomicDetail(
    string AtomicUniqueKey, string AtomicNameZh, string AtomicNameEn, IReadOnlyList<string> Tags,
    IReadOnlyList<AtomicInput> Inputs, AtomicOutputs Outputs);

/// <summary>AtomicInputModel.</summary>
public sealed record AtomicInput(
    string ParamKey, string ParamNameZh, string ParamNameEn, bool Required, string ParamType, string Type, string? DefaultValue,
    long? Min, long? Max, int? MinLen, int? MaxLen, string? Pattern, IReadOnlyList<string>? ParamEnums);

/// <summary>AtomicOutputModel: <c>type</c> is JSON for a task whose outputs are picked from a JSON answer.</summary>
public sealed record AtomicOutputs(bool Supported, string? Type);
