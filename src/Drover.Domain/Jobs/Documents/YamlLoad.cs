using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Drover.Domain.Jobs.Documents;

/// <summary>Reads a document's YAML into one root node, or says where and why it cannot.</summary>
internal static class YamlLoad
{
    /// <summary>
    /// Deeper nesting (counting what aliases expand to) is refused before the tree is built: building it recurses,
    /// and a 64 KB document of <c>[[[[...</c> would otherwise take the stack down with the whole server.
    /// </summary>
    public const int MaxDepth = 64;

    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static YamlNode? Root(string content, List<string> errors, CancellationToken ct)
    {
        try
        {
            // The tree is built only from events the guard has passed (no deep nesting, no alias in a key or in
            // itself, a bounded expansion), so nothing below recurses without end or hashes a bomb.
            if (YamlGuard.Check(content, ct) is { } refused)
            {
                errors.Add(refused);
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(content));
            switch (stream.Documents.Count)
            {
                case 0:
                    errors.Add("content: is empty: a job needs meta and steps");
                    return null;
                case > 1:
                    errors.Add($"content: holds {stream.Documents.Count} YAML documents (separated by ---); a job is one");
                    return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(At(e.Start, e.Message));
            return null;
        }
    }

    public static string At(Mark mark, string message) => $"content: line {mark.Line}, column {mark.Column}: {message}";
}
