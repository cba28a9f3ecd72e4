using System.Text;

namespace Drover.Agent.Running;

/// <summary>
/// Replaces sensitive parameter values with <c>*****</c> in a byte stream. A value can arrive split across
/// two reads, so the masker holds back the shortest tail that could still grow into a secret
/// (never more than the longest secret minus one byte) and releases it with the next read or at the end.
/// The masked stream is the same however the input is split into reads.
/// </summary>
internal sealed class SecretMasker
{
    public const string MaskText = "*****";
    private static readonly byte[] Mask = Encoding.UTF8.GetBytes(MaskText);

    private readonly byte[][] _secrets;
    private readonly string[] _secretTexts;
    private readonly bool[] _startsASecret = new bool[256];
    private byte[] _carry = [];

    public SecretMasker(IEnumerable<string> secrets)
    {
        // Longest first, so a secret that contains another one is masked whole.
        _secretTexts = secrets.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => Encoding.UTF8.GetByteCount(s)).ToArray();
        _secrets = _secretTexts.Select(Encoding.UTF8.GetBytes).ToArray();
        foreach (var secret in _secrets)
        {
            _startsASecret[secret[0]] = true;
        }
    }

    public static SecretMasker None { get; } = new([]);

    public bool HasSecrets => _secrets.Length > 0;

    /// <summary>Masks what can be decided now and returns it; keeps a possible secret prefix for later.</summary>
    public byte[] Push(ReadOnlySpan<byte> data) => Process(data, final: false);

    /// <summary>Releases whatever is held back: the stream has ended.</summary>
    public byte[] Flush() => Process([], final: true);

    /// <summary>Masks a whole text at once (messages, not streams).</summary>
    public string MaskWhole(string text)
    {
        foreach (var secret in _secretTexts)
        {
            text = text.Replace(secret, MaskText, StringComparison.Ordinal);
        }
        return text;
    }

    private byte[] Process(ReadOnlySpan<byte> data, bool final)
    {
        if (_secrets.Length == 0)
        {
            return data.ToArray();
        }

        byte[] input = _carry.Length == 0 ? data.ToArray() : [.. _carry, .. data];
        var output = new MemoryStream(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            if (!_startsASecret[input[i]])
            {
                output.WriteByte(input[i++]);
                continue;
            }
            var rest = input.AsSpan(i);
            // Decided only once no longer secret can still match here, so that where the reads split the
            // stream changes nothing (a resumed agent re-reads the output in other pieces and must agree).
            if (!final && CouldBecomeSecret(rest))
            {
                break;
            }
            var whole = FindSecretAt(rest);
            if (whole is not null)
            {
                output.Write(Mask);
                i += whole.Length;
                continue;
            }
            output.WriteByte(input[i++]);
        }
        _carry = input[i..];
        return output.ToArray();
    }

    private byte[]? FindSecretAt(ReadOnlySpan<byte> rest)
    {
        foreach (var secret in _secrets)
        {
            if (rest.StartsWith(secret))
            {
                return secret;
            }
        }
        return null;
    }

    private bool CouldBecomeSecret(ReadOnlySpan<byte> rest)
    {
        foreach (var secret in _secrets)
        {
            if (secret.Length > rest.Length && secret.AsSpan().StartsWith(rest))
            {
                return true;
            }
        }
        return false;
    }
}
