using Lede.Fuzz;
using Lede.Tests.Output;

namespace Lede.Tests.Fuzz;

/// <summary>
/// The fuzz harnesses' targets (tests/Lede.Fuzz, linked in) run in process on every input a fuzzer once crashed
/// (tests/Lede.Fuzz/regressions/&lt;target&gt;/) and on every seed: what was fixed stays fixed, and the seeds the
/// fuzzer starts from keep every contract, so a finding in CI is new.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Regressions()
    {
        var data = new TheoryData<string, string>();
        var root = RepoFiles.Path("tests/Lede.Fuzz/regressions");
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void AFoundCrashStaysFixed(string target, string file)
    {
        Assert.True(FuzzTargets.All.ContainsKey(target), $"regressions/{target} names no fuzz target");
        FuzzTargets.All[target](File.ReadAllBytes(RepoFiles.Path($"tests/Lede.Fuzz/regressions/{target}/{file}")));
    }

    [Fact]
    public void EverySeedKeepsTheContracts()
    {
        var shared = RepoFiles.Path("../shared/benchmarks/warc-samples");
        var corpus = SeedCorpus.Build(RepoFiles.Path(""), Directory.Exists(shared) ? shared : null);
        Assert.Equal(FuzzTargets.All.Keys.Order(), corpus.Keys.Order());
        foreach (var (target, seeds) in corpus)
        {
            Assert.True(seeds.Count >= 5, $"{target} has {seeds.Count} seeds");
            foreach (var (name, bytes) in seeds)
            {
                var error = Record.Exception(() => FuzzTargets.All[target](bytes));
                Assert.True(error is null, $"{target} seed {name}: {error}");
            }
        }
    }

    [Fact]
    public void TheJsonTargetTakesTheDocumentedErrorsAsNoFinding()
    {
        // Malformed JSON is the documented JsonException, which the target accepts; a value of the wrong type inside
        // a valid document is the same; neither is a finding.
        FuzzTargets.Json("{\"status\": "u8.ToArray());
        FuzzTargets.Json("{\"status\": \"ok\", \"article\": {\"blocks\": [{\"text\": \"a\"}]}}"u8.ToArray());
        FuzzTargets.Json("{\"status\": \"empty\", \"reason\": \"no text\"}"u8.ToArray());
    }
}
