namespace Drover.Cli.Output;

/// <summary>A table as plain strings; <see cref="Screen"/> decides whether it becomes a Spectre table or aligned text.</summary>
internal sealed class TextTable(params string[] headers)
{
    public IReadOnlyList<string> Headers { get; } = headers;
    public List<string[]> Rows { get; } = [];

    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != Headers.Count)
            throw new ArgumentException($"row has {cells.Length} cells, table has {Headers.Count} columns");
        // "-" keeps every plain row at the same number of whitespace-separated fields.
        Rows.Add(cells.Select(c => string.IsNullOrEmpty(c) ? "-" : c).ToArray());
        return this;
    }

    /// <summary>Columns padded with two spaces, the last one unpadded so free text (output lines) can end a row.</summary>
    public void WritePlain(TextWriter writer)
    {
        var widths = Headers.Select((h, i) => Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(writer, Headers.ToArray(), widths);
        foreach (var row in Rows) WriteRow(writer, row, widths);
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var parts = cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]));
        writer.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}
