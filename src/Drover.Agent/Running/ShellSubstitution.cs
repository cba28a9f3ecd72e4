using System.Text;

namespace Drover.Agent.Running;

/// <summary>
/// <c>${name}</c> in a SHELL script, substituted so that the value is one literal word wherever it sits. A small
/// lexer follows bash's quoting to know the context of each placeholder:
/// unquoted (also inside <c>$(...)</c>, backticks and <c>${x:-...}</c>) → single-quoted <c>'value'</c>, so no
/// splitting, globbing, comment or line joining; inside double quotes → raw with <c>\ " $ `</c> backslash-escaped;
/// inside single quotes → raw, a <c>'</c> closed-escaped-reopened; in <c>$'...'</c> → <c>\</c> and <c>'</c> escaped;
/// in a comment, a quoted-delimiter heredoc or <c>$((...))</c> → raw (nothing there is split, globbed or joined,
/// and the values the server accepts cannot run a command); in an unquoted heredoc → <c>\ $ `</c> escaped.
/// A placeholder after a backslash (<c>\${name}</c>) is the shell's literal text and stays.
/// </summary>
internal sealed class ShellSubstitution
{
    private enum Kind { Top, Command, Backtick, Brace, Double, Single, AnsiC, Arithmetic, Comment, Heredoc, HeredocLiteral }

    private sealed class Frame(Kind kind, bool overDouble = false)
    {
        public Kind Kind { get; } = kind;
        /// <summary>For a <c>${...}</c> frame: whether it sits in double quotes (then its text is double-quoted too).</summary>
        public bool OverDouble { get; } = overDouble;
        public int Depth { get; set; }
        /// <summary>For a <c>$(...)</c> frame: open <c>case</c>s, whose pattern <c>)</c>s do not close the frame.</summary>
        public int Cases { get; set; }
        public string Delimiter { get; init; } = "";
        public bool StripTabs { get; init; }
    }

    private readonly string _s;
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly StringBuilder _out;
    private readonly Stack<Frame> _frames = new();
    private readonly Queue<Frame> _heredocs = new();
    private int _i;
    private bool _wordStart = true;
    private bool _lineStart = true;

    private ShellSubstitution(string content, IReadOnlyDictionary<string, string> values)
    {
        _s = content;
        _values = values;
        _out = new StringBuilder(content.Length);
        _frames.Push(new Frame(Kind.Top));
    }

    public static string Substitute(string content, IReadOnlyDictionary<string, string> values)
    {
        var lexer = new ShellSubstitution(content, values);
        lexer.Run();
        return lexer._out.ToString();
    }

    private ShellContext Context()
    {
        var f = _frames.Peek();
        return f.Kind switch
        {
            Kind.Double => ShellContext.DoubleQuoted,
            Kind.Brace => f.OverDouble ? ShellContext.DoubleQuoted : ShellContext.Unquoted,
            Kind.Single => ShellContext.SingleQuoted,
            Kind.AnsiC => ShellContext.AnsiC,
            Kind.Comment or Kind.HeredocLiteral or Kind.Arithmetic => ShellContext.Literal,
            Kind.Heredoc => ShellContext.Heredoc,
            _ => ShellContext.Unquoted,
        };
    }

    private void Run()
    {
        while (_i < _s.Length)
        {
            var f = _frames.Peek();
            if (_lineStart && f.Kind is Kind.Heredoc or Kind.HeredocLiteral && EndsHeredoc(f))
            {
                continue;
            }
            _lineStart = false;
            if (TemplateFor(f))
            {
                continue;
            }
            switch (f.Kind)
            {
                case Kind.Comment:
                    if (_s[_i] == '\n') _frames.Pop(); // the newline is the enclosing frame's (it may start a heredoc)
                    else Copy(1);
                    break;
                case Kind.Single:
                    if (_s[_i] == '\'') _frames.Pop();
                    Copy(1);
                    break;
                case Kind.AnsiC:
                    if (_s[_i] == '\\') { Copy(2); break; }
                    if (_s[_i] == '\'') _frames.Pop();
                    Copy(1);
                    break;
                case Kind.HeredocLiteral:
                    Copy(1);
                    break;
                case Kind.Double or Kind.Heredoc:
                    InDoubleQuotes(f);
                    break;
                case Kind.Arithmetic:
                    InArithmetic(f);
                    break;
                default:
                    Unquoted(f);
                    break;
            }
        }
    }

    private bool TemplateFor(Frame f)
    {
        if (!ScriptTemplate.TryMatch(_s, _i, _values, out var value, out var length))
        {
            return false;
        }
        _out.Append(ShellQuoting.Quote(value, Context()));
        _i += length;
        _wordStart = false;
        return true;
    }

    private void InDoubleQuotes(Frame f)
    {
        var c = _s[_i];
        if (c == '\\') { Copy(2); return; }
        if (c == '"' && f.Kind == Kind.Double) { _frames.Pop(); Copy(1); return; }
        if (Expansion(overDouble: true)) return;
        Copy(1);
    }

    private void InArithmetic(Frame f)
    {
        var c = _s[_i];
        if (c == '(') f.Depth++;
        if (c == ')')
        {
            if (f.Depth > 0) f.Depth--;
            else if (At("))")) { _frames.Pop(); Copy(2); return; }
        }
        if (Expansion(overDouble: false)) return;
        Copy(1);
    }

    private void Unquoted(Frame f)
    {
        var c = _s[_i];
        var wordStart = _wordStart;
        _wordStart = char.IsWhiteSpace(c) || ";&|()".Contains(c, StringComparison.Ordinal);
        switch (c)
        {
            case '\\': Copy(2); return;
            case '\'' when !(f.Kind == Kind.Brace && f.OverDouble): _frames.Push(new Frame(Kind.Single)); Copy(1); return;
            case '"': _frames.Push(new Frame(Kind.Double)); Copy(1); return;
            case '`' when f.Kind == Kind.Backtick: _frames.Pop(); Copy(1); return;
            case '}' when f.Kind == Kind.Brace: _frames.Pop(); Copy(1); return;
            case '(' when wordStart && At("(("): _frames.Push(new Frame(Kind.Arithmetic)); Copy(2); return;
            case '(' when f.Kind == Kind.Command: f.Depth++; Copy(1); return;
            case ')' when f.Kind == Kind.Command:
                if (f.Depth > 0) f.Depth--;
                else if (f.Cases == 0)
                {
                    _frames.Pop();
                    _wordStart = false; // `$(x)#y` is one word: no comment starts there
                }
                // else: a case pattern's end, still inside the substitution
                Copy(1);
                return;
            case '#' when wordStart && f.Kind != Kind.Brace: _frames.Push(new Frame(Kind.Comment)); Copy(1); return;
            case '\n':
                Copy(1);
                _lineStart = true;
                if (_heredocs.Count > 0) _frames.Push(_heredocs.Dequeue());
                return;
        }
        if (wordStart && f.Kind == Kind.Command && Keyword("case")) f.Cases++;
        if (wordStart && f.Kind == Kind.Command && Keyword("esac") && f.Cases > 0) f.Cases--;
        if (c == '$' && At("$'")) { _frames.Push(new Frame(Kind.AnsiC)); Copy(2); return; }
        if (At("<<<")) { Copy(3); return; } // a here-string: its word is an ordinary word
        if (At("<<")) { HeredocOperator(); return; }
        if (Expansion(f.Kind == Kind.Brace && f.OverDouble)) return;
        Copy(1);
    }

    /// <summary><c>$((</c>, <c>$(</c>, <c>${</c> and backticks open a frame; true when one was opened.</summary>
    private bool Expansion(bool overDouble)
    {
        if (At("$(("))
        {
            _frames.Push(new Frame(Kind.Arithmetic));
            Copy(3);
        }
        else if (At("$("))
        {
            _frames.Push(new Frame(Kind.Command));
            Copy(2);
            _wordStart = true;
        }
        else if (At("${"))
        {
            _frames.Push(new Frame(Kind.Brace, overDouble));
            Copy(2);
            _wordStart = false;
        }
        else if (_s[_i] == '`')
        {
            _frames.Push(new Frame(Kind.Backtick));
            Copy(1);
            _wordStart = true;
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>Copies <c>&lt;&lt;[-] word</c> and queues its body, which starts after the current line.</summary>
    private void HeredocOperator()
    {
        Copy(2);
        var stripTabs = At("-");
        if (stripTabs) Copy(1);
        while (_i < _s.Length && _s[_i] is ' ' or '\t') Copy(1);
        var delimiter = new StringBuilder();
        var quoted = false;
        while (_i < _s.Length && !char.IsWhiteSpace(_s[_i]) && !";&|<>()".Contains(_s[_i], StringComparison.Ordinal))
        {
            var c = _s[_i];
            if (c == '\\' && _i + 1 < _s.Length)
            {
                quoted = true;
                delimiter.Append(_s[_i + 1]);
                Copy(2);
            }
            else if (c is '\'' or '"')
            {
                quoted = true;
                var end = _s.IndexOf(c, _i + 1);
                if (end < 0) end = _s.Length - 1;
                delimiter.Append(_s, _i + 1, end - _i - 1);
                Copy(end - _i + 1);
            }
            else
            {
                delimiter.Append(c);
                Copy(1);
            }
        }
        _heredocs.Enqueue(new Frame(quoted ? Kind.HeredocLiteral : Kind.Heredoc) { Delimiter = delimiter.ToString(), StripTabs = stripTabs });
        _wordStart = false;
    }

    /// <summary>At the start of a heredoc line: copies the delimiter line and leaves the body if this is it.</summary>
    private bool EndsHeredoc(Frame f)
    {
        var end = _s.IndexOf('\n', _i);
        var line = _s[_i..(end < 0 ? _s.Length : end)];
        if ((f.StripTabs ? line.TrimStart('\t') : line) != f.Delimiter)
        {
            return false;
        }
        Copy(line.Length + (end < 0 ? 0 : 1));
        _frames.Pop();
        _wordStart = true;
        if (_heredocs.Count > 0) _frames.Push(_heredocs.Dequeue());
        return true;
    }

    private bool Keyword(string word) =>
        At(word) && (_i + word.Length == _s.Length || !(char.IsLetterOrDigit(_s[_i + word.Length]) || _s[_i + word.Length] == '_'));

    private bool At(string text) => string.CompareOrdinal(_s, _i, text, 0, text.Length) == 0;

    private void Copy(int count)
    {
        count = Math.Min(count, _s.Length - _i);
        for (var k = 0; k < count; k++)
        {
            if (_s[_i + k] == '\n') _lineStart = true;
        }
        _out.Append(_s, _i, count);
        _i += count;
    }
}
