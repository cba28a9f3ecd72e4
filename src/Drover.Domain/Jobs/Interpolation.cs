using System.Text.RegularExpressions;

namespace Drover.Domain.Jobs;

public enum ReferenceKind
{
    /// <summary><c>{{$globals.NAME}}</c>: a global input of the execution.</summary>
    Global,
    /// <summary><c>{{$steps.STEP.outputs.NAME}}</c>: an output of an earlier step.</summary>
    StepOutput,
}

/// <summary>One reference in a template.</summary>
/// <param name="Step">The step for a <see cref="ReferenceKind.StepOutput"/>; null for a global.</param>
/// <param name="Name">The global input's name, or the step output's name.</param>
/// <param name="Text">As written, with any whitespace inside the braces.</param>
public sealed record Reference(ReferenceKind Kind, string? Step, string Name, string Text)
{
    /// <summary>The canonical spelling, used in messages.</summary>
    public override string ToString() =>
        Kind == ReferenceKind.Global ? "{{$globals." + Name + "}}" : "{{$steps." + Step + ".outputs." + Name + "}}";
}

/// <summary>A reference with no value when a template was resolved.</summary>
public sealed class InterpolationException(Reference reference, string message) : Exception(message)
{
    public Reference Reference { get; } = reference;
}

/// <summary>
/// COC's value interpolation in step inputs (semantics §4). Only the two reference forms are recognised; any other
/// <c>{{</c> is literal text. Resolution is a single pass: a substituted value is never scanned again, so a value
/// holding <c>{{$globals.x}}</c> cannot pull in another input.
/// </summary>
public static partial class Interpolation
{
    [GeneratedRegex(@"\{\{\s*\$(?:globals\.(?<global>[A-Za-z0-9_-]+)|steps\.(?<step>[A-Za-z0-9_-]+)\.outputs\.(?<output>[A-Za-z0-9_-]+))\s*\}\}")]
    private static partial Regex Pattern();

    public static IReadOnlyList<Reference> References(string template) =>
        Pattern().Matches(template).Select(ToReference).ToList();

    public static bool HasReferences(string template) => Pattern().IsMatch(template);

    /// <exception cref="InterpolationException">A reference has no value.</exception>
    public static string Resolve(string template, IReadOnlyDictionary<string, string> globals,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> stepOutputs) =>
        Pattern().Replace(template, m =>
        {
            var r = ToReference(m);
            if (r.Kind == ReferenceKind.Global)
                return globals.TryGetValue(r.Name, out var g) ? g : throw new InterpolationException(r, $"{r}: no value for global input '{r.Name}'");
            if (!stepOutputs.TryGetValue(r.Step!, out var outputs))
                throw new InterpolationException(r, $"{r}: step '{r.Step}' has no outputs (it has not run, or it declares none)");
            return outputs.TryGetValue(r.Name, out var o) ? o : throw new InterpolationException(r, $"{r}: step '{r.Step}' has no output '{r.Name}'");
        });

    private static Reference ToReference(Match m) => m.Groups["global"].Success
        ? new Reference(ReferenceKind.Global, null, m.Groups["global"].Value, m.Value)
        : new Reference(ReferenceKind.StepOutput, m.Groups["step"].Value, m.Groups["output"].Value, m.Value);
}
