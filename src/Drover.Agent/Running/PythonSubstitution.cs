using System.Globalization;
using System.Text;

namespace Drover.Agent.Running;

/// <summary>
/// <c>${name}</c> in a PYTHON script, substituted so that the value is one literal string wherever it sits.
/// A small lexer follows Python's string literals: outside any literal the value becomes a string literal
/// (<c>'value'</c>, repr-style); inside a literal it is escaped for that literal (backslash, the quote, line
/// breaks; <c>{</c> and <c>}</c> doubled in an f-string); inside a raw literal, which cannot escape, the literal is
/// closed, the value added as an adjacent literal and the raw literal reopened; in a comment it stays raw.
/// </summary>
internal sealed class PythonSubstitution
{
    private readonly string _s;
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly StringBuilder _out;
    private int _i;

    private PythonSubstitution(string content, IReadOnlyDictionary<string, string> values)
    {
        _s = content;
        _values = values;
        _out = new StringBuilder(content.Length);
    }

    public static string Substitute(string content, IReadOnlyDictionary<string, string> values)
    {
        var lexer = new PythonSubstitution(content, values);
        lexer.Run();
        return lexer._out.ToString();
    }

    /// <summary>The value as a Python string literal: what goes where no literal is open.</summary>
    internal static string Literal(string value, bool bytes = false) => (bytes ? "b'" : "'") + Escape(value, '\'', fString: false) + "'";

    /// <summary>The value escaped for the inside of a (non-raw) literal quoted with <paramref name="quote"/>.</summary>
    internal static string Escape(string value, char quote, bool fString)
    {
        var text = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case '{' or '}' when fString: text.Append(c).Append(c); break;
                case var q when q == quote: text.Append('\\').Append(c); break;
                case var x when char.IsControl(x): text.Append(@"\x").Append(((int)x).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    private void Run()
    {
        while (_i < _s.Length)
        {
            if (ScriptTemplate.TryMatch(_s, _i, _values, out var value, out var length))
            {
                _out.Append(Literal(value));
                _i += length;
                continue;
            }
            var c = _s[_i];
            if (c == '#')
            {
                Comment();
            }
            else if (c is '\'' or '"')
            {
                StringLiteral("");
            }
            else if (char.IsLetter(c) || c == '_')
            {
                Identifier();
            }
            else
            {
                _out.Append(c);
                _i++;
            }
        }
    }

    /// <summary>A name, or a string prefix (r, b, f, u and pairs) when a quote follows it directly.</summary>
    private void Identifier()
    {
        var start = _i;
        while (_i < _s.Length && (char.IsLetterOrDigit(_s[_i]) || _s[_i] == '_')) _i++;
        var word = _s[start.._i];
        if (_i < _s.Length && _s[_i] is '\'' or '"' && word.Length <= 2 && word.All(ch => "rRbBfFuU".Contains(ch, StringComparison.Ordinal)))
        {
            StringLiteral(word);
            return;
        }
        _out.Append(word);
    }

    private void Comment()
    {
        while (_i < _s.Length && _s[_i] != '\n')
        {
            if (ScriptTemplate.TryMatch(_s, _i, _values, out var value, out var length))
            {
                _out.Append(value);
                _i += length;
                continue;
            }
            _out.Append(_s[_i++]);
        }
    }

    private void StringLiteral(string prefix)
    {
        var quote = _s[_i];
        var triple = string.CompareOrdinal(_s, _i, new string(quote, 3), 0, 3) == 0;
        var close = new string(quote, triple ? 3 : 1);
        var raw = prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
        var bytes = prefix.Contains('b', StringComparison.OrdinalIgnoreCase);
        var fString = prefix.Contains('f', StringComparison.OrdinalIgnoreCase);
        _out.Append(prefix).Append(close);
        _i += close.Length;
        while (_i < _s.Length)
        {
            if (ScriptTemplate.TryMatch(_s, _i, _values, out var value, out var length))
            {
                _out.Append(raw
                    // Close the raw literal, add the value as its own literal, reopen: adjacent literals join.
                    ? close + " " + Literal(value, bytes) + " " + prefix + close
                    : Escape(value, quote, fString));
                _i += length;
                continue;
            }
            if (_s[_i] == '\\')
            {
                _out.Append(_s, _i, Math.Min(2, _s.Length - _i));
                _i += 2;
                continue;
            }
            if (string.CompareOrdinal(_s, _i, close, 0, close.Length) == 0)
            {
                _out.Append(close);
                _i += close.Length;
                return;
            }
            if (_s[_i] == '\n' && !triple)
            {
                return; // an unterminated literal: Python will say so; the next line is code again
            }
            _out.Append(_s[_i++]);
        }
    }
}
