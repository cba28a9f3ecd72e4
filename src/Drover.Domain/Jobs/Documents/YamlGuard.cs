using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Drover.Domain.Jobs.Documents;

/// <summary>
/// Walks a document's YAML events before any tree is built, and refuses what would make building or reading the tree
/// unbounded. The tree cannot be trusted to do this itself: YamlDotNet hashes a mapping key by walking it whole, so a
/// key that contains itself (<c>? &amp;a [*a]</c>) overflows the stack and ends the process, and a key of nested
/// aliases is hashed once per alias expanded (seconds of CPU for a few hundred bytes).
/// </summary>
internal static class YamlGuard
{
    /// <summary>
    /// How many nodes a document may hold once every alias is expanded (an alias costs as many as its anchor holds).
    /// Real jobs hold hundreds; a document that needs more is repeating itself on purpose ("billion laughs").
    /// </summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>An open mapping or list: its anchor, and what it has held so far.</summary>
    private sealed class Open(string? anchor, bool isMapping, bool inKey)
    {
        public string? Anchor { get; } = anchor;
        public bool IsMapping { get; } = isMapping;

        /// <summary>Whether this collection is (inside) a mapping key: nothing in it may be an alias.</summary>
        public bool InKey { get; } = inKey;

        public int Children { get; set; }

        /// <summary>Nodes once expanded, itself included.</summary>
        public long Nodes { get; set; } = 1;

        /// <summary>Levels of nesting once expanded, itself included.</summary>
        public int Height { get; set; } = 1;

        /// <summary>In a mapping, children alternate key, value: an even count means the next node is a key.</summary>
        public bool NextIsKey => IsMapping && Children % 2 == 0;
    }

    private readonly record struct Anchored(long Nodes, int Height);

    /// <summary>The first thing refused, as a "content: line L, column C: ..." message; null if the events are safe to build.</summary>
    /// <exception cref="YamlException">The YAML is malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static string? Check(string content, CancellationToken ct)
    {
        var parser = new Parser(new StringReader(content));
        var open = new Stack<Open>();
        var anchors = new Dictionary<string, Anchored>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            var e = parser.Current!;
            var parent = open.Count > 0 ? open.Peek() : null;
            var inKey = parent is not null && (parent.InKey || parent.NextIsKey);
            switch (e)
            {
                case DocumentStart:
                    anchors.Clear(); // anchors are per YAML document
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count + 1 > YamlLoad.MaxDepth) return YamlLoad.At(e.Start, $"nesting is deeper than {YamlLoad.MaxDepth} levels");
                    if (++total > MaxExpandedNodes) return YamlLoad.At(e.Start, TooMany);
                    var anchor = ((NodeEvent)e).Anchor;
                    open.Push(new Open(anchor.IsEmpty ? null : anchor.Value, e is MappingStart, inKey));
                    break;
                case MappingEnd or SequenceEnd:
                    var done = open.Pop();
                    if (done.Anchor is { } name) anchors[name] = new Anchored(done.Nodes, done.Height);
                    if (open.Count > 0) Add(open.Peek(), done.Nodes, done.Height);
                    break;
                case Scalar s:
                    if (++total > MaxExpandedNodes) return YamlLoad.At(e.Start, TooMany);
                    if (!s.Anchor.IsEmpty) anchors[s.Anchor.Value] = new Anchored(1, 0);
                    if (parent is not null) Add(parent, 1, 0);
                    break;
                case AnchorAlias alias:
                    var refused = Alias(alias, parent, inKey, open, anchors, ref total);
                    if (refused is not null) return YamlLoad.At(e.Start, refused);
                    break;
            }
        }
        return null;
    }

    private static readonly string TooMany = $"the document holds more than {MaxExpandedNodes} values once its YAML aliases are expanded";

    private static string? Alias(AnchorAlias alias, Open? parent, bool inKey, Stack<Open> open,
        Dictionary<string, Anchored> anchors, ref long total)
    {
        var name = alias.Value.Value;
        // Checked first: a node that contains itself can neither be hashed nor printed, wherever it is used.
        if (open.Any(o => o.Anchor == name)) return $"alias *{name} is inside its own anchor &{name} (a value that contains itself)";
        if (inKey)
            return parent!.NextIsKey ? $"alias *{name} used as a mapping key" : $"alias *{name} used inside a mapping key";
        // An unknown anchor is left to the loader, which names it as YAML's own error.
        var target = anchors.TryGetValue(name, out var a) ? a : new Anchored(1, 0);
        if (open.Count + target.Height > YamlLoad.MaxDepth)
            return $"alias *{name} nests deeper than {YamlLoad.MaxDepth} levels once expanded";
        total += target.Nodes;
        if (total > MaxExpandedNodes) return $"alias *{name} makes the document hold more than {MaxExpandedNodes} values once expanded";
        if (parent is not null) Add(parent, target.Nodes, target.Height);
        return null;
    }

    private static void Add(Open parent, long nodes, int height)
    {
        parent.Children++;
        parent.Nodes += nodes;
        parent.Height = Math.Max(parent.Height, height + 1);
    }
}
