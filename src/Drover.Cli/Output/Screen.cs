using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Drover.Cli.Output;

/// <summary>
/// Where a command's output goes. On a terminal tables are drawn with Spectre.Console; when redirected (pipes,
/// tests) they are aligned plain text with one row per line, so output stays easy to grep and parse.
/// </summary>
internal sealed class Screen
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public Screen(TextWriter stdout, TextWriter stderr, bool isTerminal)
    {
        Out = stdout;
        Error = stderr;
        IsTerminal = isTerminal;
        if (isTerminal)
            Ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public bool IsTerminal { get; }

    /// <summary>Present only on a terminal.</summary>
    public IAnsiConsole? Ansi { get; }

    public bool Plain => !IsTerminal;

    public void Line(string text = "") => Out.WriteLine(text);

    /// <summary>A <c>name: value</c> line; the same on a terminal and in a pipe, so tests can match <c>status: FINISHED</c>.</summary>
    public void Field(string name, string? value) => Out.WriteLine($"{name}: {(string.IsNullOrEmpty(value) ? "-" : value)}");

    public string Time(long? epochMs) => Display.Time(epochMs, Plain);

    public void Table(TextTable table)
    {
        if (Ansi is null)
        {
            table.WritePlain(Out);
            return;
        }
        // A light border leaves the width to the data; id columns never wrap, so they stay copyable on a narrow terminal.
        var t = new Table().Border(TableBorder.None);
        foreach (var h in table.Headers)
        {
            var column = new TableColumn($"[bold]{Markup.Escape(h)}[/]").PadLeft(0).PadRight(2);
            if (h == "ID" || h.EndsWith("_ID") || h.EndsWith("_UUID")) column.NoWrap();
            t.AddColumn(column);
        }
        foreach (var row in table.Rows)
            t.AddRow(row.Select(c => (Spectre.Console.Rendering.IRenderable)new Markup(Colored(c))).ToArray());
        Ansi.Write(t);
    }

    /// <summary>Tells a person at a terminal that a list has more rows; pipes get only the rows.</summary>
    public void MoreRows(int shown, long total)
    {
        if (IsTerminal && shown < total) Line($"{shown} of {total} shown; --all lists every one");
    }

    public void Json(JsonElement data) => Out.WriteLine(JsonSerializer.Serialize(data, Indented));

    public void Json(JsonNode data) => Out.WriteLine(data.ToJsonString(Indented));

    public void Failure(string message) => Error.WriteLine($"error: {message}");

    private static string Colored(string cell)
    {
        var color = Display.StatusColor(cell);
        return color == "default" ? Markup.Escape(cell) : $"[{color}]{Markup.Escape(cell)}[/]";
    }
}
