namespace Drover.Server.Output;

/// <summary>
/// Masks secrets in text written a piece at a time: the last <c>longest secret - 1</c> characters are held back until
/// more text (or the end) shows whether they start a secret, so a secret split across two chunks is masked too.
/// </summary>
public sealed class StreamMasker(IReadOnlyList<string> secrets, TextWriter to)
{
    private readonly int holdBack = Math.Max(0, secrets.Select(s => s.Length).DefaultIfEmpty(0).Max() - 1);
    private string pending = "";

    public async Task WriteAsync(char[] text)
    {
        var masked = OutputStore.Mask(pending + new string(text), secrets);
        var ready = Math.Max(0, masked.Length - holdBack);
        await to.WriteAsync(masked.AsMemory(0, ready));
        pending = masked[ready..];
    }

    public async Task FlushAsync()
    {
        await to.WriteAsync(OutputStore.Mask(pending, secrets));
        pending = "";
        await to.FlushAsync();
    }
}
