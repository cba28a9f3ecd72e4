using Drover.Domain.Jobs;
using Drover.Domain.Scripts;

namespace Drover.Server.Engine.Jobs;

/// <summary>
/// Which of an execution's values are secrets: HTTP step header values (they carry credentials: <c>Authorization</c>,
/// <c>X-Auth-Token</c>) and the global inputs they are built from. Such values are write-only: sealed at rest where the
/// engine needs them again (the globals), and kept only masked where they are shown (a step run's inputs).
/// </summary>
public static class ExecutionSecrets
{
    public const string HeadersInput = "headers";

    /// <summary>The global inputs an HTTP step's <c>headers</c> refer to.</summary>
    public static IReadOnlySet<string> HeaderGlobals(Document document) => document.Steps
        .Where(s => StepTasks.KindOf(s.Task) == StepKind.ExecuteApi && s.Inputs.ContainsKey(HeadersInput))
        .SelectMany(s => Interpolation.References(s.Inputs[HeadersInput]))
        .Where(r => r.Kind == ReferenceKind.Global)
        .Select(r => r.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The values of those globals, to be masked wherever they would be shown.</summary>
    public static IReadOnlyList<string> HeaderGlobalValues(Document document, IReadOnlyDictionary<string, string> globals) =>
        HeaderGlobals(document).Select(n => globals.GetValueOrDefault(n)).OfType<string>().Where(v => v.Length > 0).ToList();

    /// <summary>Replaces every secret value in <paramref name="text"/> with the output mask, longest first.</summary>
    public static string Mask(string text, IEnumerable<string> secrets)
    {
        foreach (var s in secrets.Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length))
            text = text.Replace(s, ParameterRules.OutputMask, StringComparison.Ordinal);
        return text;
    }
}
