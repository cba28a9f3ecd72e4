namespace Drover.Domain.Scripts;

/// <summary>COC's script <c>type</c>: which interpreter runs the content.</summary>
public enum ScriptKind
{
    Shell,
    Python,
    Bat,
}
