using System.Text;
using Lede.Tests.Cli;
using Lede.Tests.Fetch;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>
/// What a kill leaves in the output folder, made by hand: a part's lines cut in the middle of a line, a text part's
/// file half written, a URL list's partial whose last line is torn or has lost its newline. <c>--resume</c> must
/// end with exactly the output of an uninterrupted run. (That a part under its final name is never torn is
/// <see cref="KilledBatchTests"/>' business: there, every such part after a real kill is checked whole.)
/// </summary>
public sealed class TornPartTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void APartTornByAKillIsDoneAgainOnResume(string format)
    {
        var inputs = PageWarcs(TempFolder.Create(), shards: 3);
        string[] batch = ["batch", .. inputs, "--format", format, "--quiet", "--jobs", "2"];
        var whole = TempFolder.Create();
        Assert.Equal(0, CliProcess.Run([.. batch, "-o", whole]).ExitCode);
        var parts = OutputTree.Parts(whole);
        Assert.Equal(3, parts.Count);

        // Killed while writing the second part's second document: the first part whole, the third not begun.
        var torn = TempFolder.Create();
        CopyPart(whole, torn, parts[0]);
        if (format == "text")
        {
            TearTextPart(Path.Combine(whole, parts[1]), Path.Combine(torn, parts[1] + ".partial"));
        }
        else
        {
            File.WriteAllBytes(Path.Combine(torn, parts[1] + ".partial"), LinesAndAHalf(File.ReadAllBytes(Path.Combine(whole, parts[1])), 1));
        }

        var resumed = CliProcess.Run([.. batch, "-o", torn, "--resume"]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("parts: 2 written, 1 already complete", resumed.Stderr);
        OutputTree.AssertSame(whole, torn);
    }

    [Fact]
    public void AUrlListTextPartialWithATornLineAndAHalfFileGoesOnFromItsLastWholeLine()
    {
        using var site = new LocalSite();
        var list = UrlList(site);
        var whole = TempFolder.Create();
        Assert.Equal(0, Batch(list, whole, "--format", "text").ExitCode);

        var torn = TempFolder.Create();
        TearTextPart(Path.Combine(whole, "urls.txt"), Path.Combine(torn, "urls.txt.partial"));

        var resumed = Batch(list, torn, "--format", "text", "--resume");

        Assert.Equal(0, resumed.ExitCode);
        OutputTree.AssertSame(whole, torn);
        Assert.Equal([1, 2, 2], new[] { "/a", "/b", "/c" }.Select(site.Hits));
    }

    [Fact]
    public void AUrlListPartialWhoseLastLineLostItsNewlineFetchesThatUrlAgain()
    {
        using var site = new LocalSite();
        var list = UrlList(site);
        var whole = TempFolder.Create();
        Assert.Equal(0, Batch(list, whole).ExitCode);
        var complete = File.ReadAllBytes(Path.Combine(whole, "urls.txt.jsonl"));

        // Killed between a line and its newline: the line parses, but only a line with its newline was written whole.
        var torn = TempFolder.Create();
        int secondEnd = Array.IndexOf(complete, (byte)'\n', Array.IndexOf(complete, (byte)'\n') + 1);
        File.WriteAllBytes(Path.Combine(torn, "urls.txt.jsonl.partial"), complete[..secondEnd]);

        var resumed = Batch(list, torn, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        OutputTree.AssertSame(whole, torn);
        Assert.Equal([1, 2, 2], new[] { "/a", "/b", "/c" }.Select(site.Hits));
    }

    private static string UrlList(LocalSite site)
        => TempFolder.File("urls.txt", Encoding.UTF8.GetBytes(string.Join('\n', site.Url("a"), site.Url("b"), site.Url("c")) + "\n"));

    private static CliRun Batch(string list, string output, params string[] more)
        => CliProcess.Run(["batch", "-i", list, "-o", output, "--quiet", "--host-delay", "0", "--allow-private-addresses", .. more]);

    // A text part killed while writing its second document: the first file whole, the second half written, and the
    // index's second line cut short.
    private static void TearTextPart(string complete, string partial)
    {
        Directory.CreateDirectory(partial);
        File.WriteAllBytes(Path.Combine(partial, "index.jsonl"), LinesAndAHalf(File.ReadAllBytes(Path.Combine(complete, "index.jsonl")), 1));
        File.Copy(Path.Combine(complete, "000000.txt"), Path.Combine(partial, "000000.txt"));
        var second = File.ReadAllBytes(Path.Combine(complete, "000001.txt"));
        File.WriteAllBytes(Path.Combine(partial, "000001.txt"), second[..(second.Length / 2)]);
    }

    // The first lines of a part, whole, then half of the next: what a kill in the middle of writing a line leaves.
    private static byte[] LinesAndAHalf(byte[] lines, int whole)
    {
        int end = 0;
        for (int i = 0; i < whole; i++)
            end = Array.IndexOf(lines, (byte)'\n', end) + 1;
        int next = Array.IndexOf(lines, (byte)'\n', end);
        return lines[..(end + (next - end) / 2)];
    }

    private static void CopyPart(string from, string to, string name)
    {
        var source = Path.Combine(from, name);
        if (File.Exists(source))
        {
            File.Copy(source, Path.Combine(to, name));
            return;
        }
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(to, name)).FullName, Path.GetFileName(file)));
    }
}
