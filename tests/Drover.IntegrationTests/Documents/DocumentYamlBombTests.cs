using System.Diagnostics;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary>
/// Issue 9: a short document whose YAML alias is a mapping key that contains itself ended the whole process
/// (stack overflow while hashing the key). It is now a 400 naming the alias, and the server goes on.
/// </summary>
public sealed class DocumentYamlBombTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    private const string RecursiveKey = "meta: {name: r}\ninputs:\n  ? &a [*a]\n  : {default: 1}\nsteps: []\n";

    private const string Refusal = "content: line 3, column 9: alias *a is inside its own anchor &a (a value that contains itself)";

    [Fact]
    public async Task A_recursive_alias_key_is_a_400_on_create_and_update_and_the_server_stays_up()
    {
        var p = await D.NewProjectAsync();
        var id = await D.CreateDocumentAsync(Body("existing"), p);
        var before = await D.SnapshotAsync(p);

        (await D.PostAsync("/v1/documents", Body("bomb", RecursiveKey), p)).ShouldBe400(ContentInvalidCode).ShouldBe(Refusal);
        (await D.PutAsync($"/v1/documents/{id}", UpdateBody("existing", RecursiveKey), p)).ShouldBe400(ContentInvalidCode).ShouldBe(Refusal);

        (await D.GetAsync($"/v1/documents/{id}", p)).Status.ShouldBe(200);
        (await D.SnapshotAsync(p)).ShouldBe(before);
    }

    [Fact]
    public async Task An_expansion_bomb_in_keys_is_refused_at_once()
    {
        var yaml = "meta: {name: b}\nx0: &a0 [x,x,x,x,x,x,x,x,x,x]\n";
        for (var i = 1; i <= 8; i++) yaml += $"? &a{i} [{string.Join(",", Enumerable.Repeat($"*a{i - 1}", 10))}]\n: {i}\n";
        yaml += "steps: []\n";
        var p = await D.NewProjectAsync();
        var before = await D.SnapshotAsync(p);

        var clock = Stopwatch.StartNew();
        (await D.PostAsync("/v1/documents", Body("bomb", yaml), p)).ShouldBe400(ContentInvalidCode)
            .ShouldBe("content: line 3, column 8: alias *a0 used inside a mapping key");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2)); // a loaded CI machine; the refusal itself takes ~1 ms

        (await D.SnapshotAsync(p)).ShouldBe(before);
    }
}
