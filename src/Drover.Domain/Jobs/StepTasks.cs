namespace Drover.Domain.Jobs;

/// <summary>
/// The step tasks Drover runs (semantics §4), each with its COC atomic key and its inputs' rules. One list answers
/// <c>GET /v1/atomics</c>, validates documents on create/update, and tells the engine how to run a step.
/// </summary>
public static class StepTasks
{
    public const string Scripts = "hwc:runbook:scripts@1.0.0";
    public const string Suspend = "hwc:runbook:suspend@1.0.0";
    public const string Sleep = "hwc:runbook:sleep@1.0.0";
    public const string ExecuteApi = "hwc:runbook:executeAPI@1.0.0";

    /// <summary>HTTP methods an executeAPI step may use.</summary>
    public static readonly IReadOnlyList<string> HttpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

    public static IReadOnlyList<StepTaskSpec> All { get; } =
    [
        new(Scripts, "custom_script_execute", "Execute custom script", "执行自定义脚本", ["CUSTOM"],
        [
            new("script_uuid", "Script", "脚本", Required: true, "CONSTANT", "string", Default: null, MinLen: 1, MaxLen: 25),
            new("instance_list", "Target instances", "目标实例", Required: true, "DICTIONARY", "string", Default: null),
            new("execute_user", "Execution user", "执行用户", Required: true, "CONSTANT", "string", Default: null, MinLen: 1, MaxLen: 32),
            new("timeout", "Timeout (s)", "超时时间（秒）", Required: true, "CONSTANT", "integer", Default: "60", Min: 6, Max: 86_400),
            // COC takes a decimal success rate on script tickets (e.g. 99.5), so "number" rather than "integer".
            new("success_rate", "Success rate (%)", "成功率（%）", Required: false, "CONSTANT", "number", Default: "100", Min: 1, Max: 100),
            new("script_params", "Script parameters", "脚本参数", Required: false, "DICTIONARY", "string", Default: null),
            new("wait_uniagent_time", "Wait for agent (s)", "等待UniAgent时间（秒）", Required: false, "CONSTANT", "integer", Default: "0", Min: 0, Max: 1_200),
            // Drover extension: how many hosts of a batch run at once (the script ticket's max_concurrency).
            new("max_concurrency", "Maximum concurrency", "最大并发数", Required: false, "CONSTANT", "integer", Default: null, Min: 1),
        ], SupportsOutputs: false),
        new(Suspend, "coc_step_pause", "Pause", "暂停", ["FUNCTION"],
        [
            new("message", "Message", "提示信息", Required: false, "CONSTANT", "string", Default: null, MaxLen: 1_024),
        ], SupportsOutputs: false),
        new(Sleep, "coc_step_sleep", "Sleep", "等待", ["FUNCTION"],
        [
            new("seconds", "Seconds", "等待时长（秒）", Required: true, "CONSTANT", "integer", Default: null, Min: 1, Max: 86_400),
        ], SupportsOutputs: false),
        new(ExecuteApi, "execute_api", "Call API", "调用API", ["CLOUD_API"],
        [
            new("method", "HTTP method", "请求方法", Required: true, "CONSTANT", "string", Default: null, Enums: HttpMethods),
            new("url", "URL", "请求地址", Required: true, "CONSTANT", "string", Default: null, MaxLen: 2_048, Pattern: @"^https?://\S+$"),
            new("headers", "Headers", "请求头", Required: false, "DICTIONARY", "string", Default: null),
            new("body", "Body", "请求体", Required: false, "CONSTANT", "string", Default: null, MaxLen: 65_536),
            new("timeout", "Timeout (s)", "超时时间（秒）", Required: false, "CONSTANT", "integer", Default: "30", Min: 1, Max: 300),
        ], SupportsOutputs: true),
    ];

    private static readonly Dictionary<string, StepKind> Kinds = new(StringComparer.Ordinal)
    {
        [Scripts] = StepKind.Scripts,
        [Suspend] = StepKind.Suspend,
        [Sleep] = StepKind.Sleep,
        [ExecuteApi] = StepKind.ExecuteApi,
    };

    /// <summary>The task by its reference in a document (<c>hwc:runbook:sleep@1.0.0</c>), exactly as spelled.</summary>
    public static StepTaskSpec? ByTask(string task) => All.FirstOrDefault(t => string.Equals(t.Task, task, StringComparison.Ordinal));

    /// <summary>The task by its COC atomic key (<c>coc_step_sleep</c>), for <c>GET /v1/atomics/{key}</c>.</summary>
    public static StepTaskSpec? ByAtomicKey(string key) => All.FirstOrDefault(t => string.Equals(t.AtomicKey, key, StringComparison.Ordinal));

    public static StepKind? KindOf(string task) => Kinds.TryGetValue(task, out var kind) ? kind : null;

    /// <summary>The supported task references, for "unknown task" messages.</summary>
    public static string Supported => string.Join(", ", All.Select(t => t.Task));
}
