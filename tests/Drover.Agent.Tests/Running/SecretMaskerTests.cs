using System.Text;
using Drover.Agent.Running;

namespace Drover.Agent.Tests.Running;

public class SecretMaskerTests
{
    private static string Stream(SecretMasker masker, params string[] reads)
    {
        var output = new List<byte>();
        foreach (var read in reads)
        {
            output.AddRange(masker.Push(Encoding.UTF8.GetBytes(read)));
        }
        output.AddRange(masker.Flush());
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Masks_a_secret_inside_one_read() =>
        Stream(new SecretMasker(["hunter2"]), "password is hunter2, ok\n").ShouldBe("password is *****, ok\n");

    [Fact]
    public void Masks_a_secret_split_across_reads()
    {
        Stream(new SecretMasker(["hunter2"]), "password is hun", "ter2, ok\n").ShouldBe("password is *****, ok\n");
        Stream(new SecretMasker(["hunter2"]), "h", "u", "n", "t", "e", "r", "2").ShouldBe("*****");
    }

    [Fact]
    public void Holds_back_only_what_could_still_become_a_secret()
    {
        var masker = new SecretMasker(["hunter2"]);
        Encoding.UTF8.GetString(masker.Push("hello\n"u8)).ShouldBe("hello\n");
        Encoding.UTF8.GetString(masker.Push("say hunt"u8)).ShouldBe("say ");
        Encoding.UTF8.GetString(masker.Push("ing"u8)).ShouldBe("hunting");
    }

    [Fact]
    public void Releases_a_held_prefix_at_the_end() =>
        Stream(new SecretMasker(["hunter2"]), "the end: hunte").ShouldBe("the end: hunte");

    [Fact]
    public void Masks_every_occurrence_and_every_secret_longest_first() =>
        Stream(new SecretMasker(["abc", "abcdef", "xyz"]), "abcdef abc xy", "z abcab", "c").ShouldBe("***** ***** ***** **********");

    [Fact]
    public void The_result_does_not_depend_on_where_reads_split_the_stream()
    {
        // A resumed agent reads the output file in other pieces than the agent that sent the first part did;
        // both must produce the same bytes. "abcd" read as "ab" + "cd" once became "*****cd".
        var secrets = new[] { "ab", "abcd", "xyz" };
        const string text = "abcd ab abc abcdab xyzab abcd";
        var whole = Stream(new SecretMasker(secrets), text);
        whole.ShouldBe("***** ***** *****c ********** ********** *****");
        for (var cut = 0; cut <= text.Length; cut++)
        {
            Stream(new SecretMasker(secrets), text[..cut], text[cut..]).ShouldBe(whole, $"split at {cut}");
        }
        Stream(new SecretMasker(secrets), text.Select(c => c.ToString()).ToArray()).ShouldBe(whole, "one byte at a time");
    }

    [Fact]
    public void Masks_multibyte_secrets_split_inside_a_character()
    {
        var masker = new SecretMasker(["pässwörd"]);
        var bytes = Encoding.UTF8.GetBytes("x pässwörd y");
        var output = new List<byte>();
        foreach (var b in bytes)
        {
            output.AddRange(masker.Push([b]));
        }
        output.AddRange(masker.Flush());
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("x ***** y");
    }

    [Fact]
    public void Without_secrets_passes_everything_through_at_once()
    {
        var masker = new SecretMasker(["", ""]);
        masker.HasSecrets.ShouldBeFalse();
        masker.Push("hunt"u8).ShouldBe("hunt"u8.ToArray());
    }

    [Fact]
    public void Masks_whole_messages() =>
        new SecretMasker(["s3cr3t"]).MaskWhole("user s3cr3t does not exist").ShouldBe("user ***** does not exist");
}
