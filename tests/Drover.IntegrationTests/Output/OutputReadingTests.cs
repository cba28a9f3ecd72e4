using System.Text;
using Drover.Server.Output;

namespace Drover.IntegrationTests.Output;

/// <summary>
/// Reading output without holding it all (issue 9, item 6): a message made from only its head and tail chunks is byte
/// for byte what capping the whole output gives, and the streamed full output masks a secret split across chunks.
/// </summary>
public sealed class OutputReadingTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 10, 100, 1 }, { 1000, 100, 7 }, { 1000, 100, 1 }, { 5000, 1024, 333 }, { 100, 100, 10 }, { 101, 100, 10 }, { 3, 2, 1 },
        { 250_000, 4096, 16 * 1024 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_message_from_head_and_tail_chunks_is_the_capped_whole(int totalBytes, int cap, int chunkSize)
    {
        var random = new Random(totalBytes + cap + chunkSize);
        var bytes = new byte[totalBytes];
        random.NextBytes(bytes);
        var chunks = bytes.Chunk(chunkSize).Select((c, i) => (Id: (long)i + 1, Data: c)).ToList();
        var plan = MessagePlan.For(chunks.Select(c => (c.Id, c.Data.Length)).ToList(), cap);
        var wanted = plan.ChunkIds.ToHashSet();
        var read = chunks.Where(c => wanted.Contains(c.Id)).ToDictionary(c => c.Id, c => c.Data);

        plan.Render(read).ShouldBe(OutputStore.Cap(bytes, cap));
        if (totalBytes > cap)
            (read.Values.Sum(d => (long)d.Length)).ShouldBeLessThanOrEqualTo(cap + 2L * chunkSize, "only the head and the tail are read");
    }

    [Fact]
    public async Task The_streamed_output_masks_a_secret_split_across_chunks_and_keeps_everything_else()
    {
        var text = "begin hunter2-secret middle hunter2-secret end ü";
        var to = new StringWriter();
        var masker = new StreamMasker(["hunter2-secret"], to);
        foreach (var piece in text.Chunk(3)) await masker.WriteAsync(piece);
        await masker.FlushAsync();
        to.ToString().ShouldBe(text.Replace("hunter2-secret", Drover.Domain.Scripts.ParameterRules.OutputMask));
        Encoding.UTF8.GetByteCount(to.ToString()).ShouldBeGreaterThan(0);
    }
}
