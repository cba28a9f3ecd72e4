using System.CommandLine;

namespace Drover.Cli.Commands;

/// <summary>Validation attached to options, so mistakes are reported by the parser before any request is sent.</summary>
internal static class OptionRules
{
    /// <summary>Case-insensitive choice; read the value back with <see cref="Upper"/>.</summary>
    public static Option<string> OneOf(this Option<string> option, params string[] values)
    {
        option.HelpName ??= string.Join('|', values);
        // Shell completion offers them (drover completion).
        option.CompletionSources.Add(values);
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !values.Contains(v, StringComparer.OrdinalIgnoreCase))
                r.AddError($"{option.Name}: '{v}' is not one of {string.Join(", ", values)}");
        });
        return option;
    }

    public static Option<T> Between<T>(this Option<T> option, T min, T max) where T : struct, IComparable<T>
    {
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<T>();
            if (v.CompareTo(min) < 0 || v.CompareTo(max) > 0)
                r.AddError($"{option.Name}: {v} is outside {min}..{max}");
        });
        return option;
    }

    public static Option<T?> Between<T>(this Option<T?> option, T min, T max) where T : struct, IComparable<T>
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<T?>() is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0))
                r.AddError($"{option.Name}: {v} is outside {min}..{max}");
        });
        return option;
    }

    public static string? Upper(this ParseResult result, Option<string> option) => result.GetValue(option)?.ToUpperInvariant();

    /// <summary>Splits repeatable <c>name=value</c> options; the value may itself contain '='.</summary>
    public static List<(string Name, string Value)> NameValues(string optionName, IEnumerable<string>? items)
    {
        var pairs = new List<(string, string)>();
        foreach (var item in items ?? [])
        {
            var eq = item.IndexOf('=');
            if (eq <= 0) throw new UsageException($"{optionName} '{item}': expected name=value");
            var name = item[..eq].Trim();
            if (pairs.Any(p => p.Item1 == name)) throw new UsageException($"{optionName}: '{name}' given twice");
            pairs.Add((name, item[(eq + 1)..]));
        }
        return pairs;
    }
}
