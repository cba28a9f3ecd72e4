using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Drover.Domain.Jobs.Documents;

/// <summary>Reads a document's YAML into one root node, or says where and why it cannot.</summary>
internal static class YamlLoad
{
    /// <summary>
    /// Deeper nesting is refused before the tree is built: building it recurses, and a 64 KB document of
    /// <c>[[[[...</c> would otherwise take the stack down with the whole server.
    /// </summary>
    public const int MaxDepth = 64;

    public static YamlNode? Root(string content, List<string> errors)
    {
        try
        {
            if (TooDeep(content) is { } at)
            {
                errors.Add(At(at, $"nesting is deeper than {MaxDepth} levels"));
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

    private static Mark? TooDeep(string content)
    {
        var parser = new Parser(new StringReader(content));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
