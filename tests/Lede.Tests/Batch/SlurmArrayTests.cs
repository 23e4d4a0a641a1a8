using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Cli.Eval;
using Lede.Tests.Cli;

namespace Lede.Tests.Batch;

/// <summary>
/// "Many machines" for real: <c>lede batch --task-index $SLURM_ARRAY_TASK_ID --task-count 4</c> submitted as a Slurm
/// job array to a one-node cluster on this machine (deploy/slurm/start-local.sh), over several WARC files; the
/// parts the four tasks write into one folder must be, file for file and byte for byte, what one process writes.
/// </summary>
public sealed class SlurmArrayTests
{
    const int Tasks = 4;

    [SkippableFact]
    public void AnArrayOverWarcsOfTheTestPagesWritesWhatOneMachineWrites()
    {
        var conf = SlurmCluster.Require();
        // Eight archives of about three pages each.
        var inputs = BatchInputs.PageWarcs(TempFolder.Create(), shards: 8);
        ArrayMatchesOneMachine(conf, inputs, BatchInputs.RealPages().Count);
    }

    [SkippableFact]
    public void AnArrayOverShardsOfTheBenchmarkWarcWritesWhatOneMachineWrites()
    {
        var conf = SlurmCluster.Require();
        var samples = SharedData.Directory is { } shared ? Path.Combine(shared, "benchmarks", "warc-samples") : null;
        Skip.If(samples is null || !File.Exists(Path.Combine(samples, "scrapinghub-181.cdx")),
            $"shared/benchmarks/warc-samples is absent (set {SharedData.EnvironmentVariable} or put shared/ beside the repository)");
        // Cut the WARC at gzip member starts, which its CDX index gives for each response: whole records in every shard.
        var warc = File.ReadAllBytes(Path.Combine(samples!, "scrapinghub-181.warc.gz"));
        var offsets = File.ReadLines(Path.Combine(samples!, "scrapinghub-181.cdx")).Skip(1)
            .Select(line => long.Parse(line.Split(' ')[^3], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(181, offsets.Count);
        var folder = TempFolder.Create();
        var inputs = new List<string>();
        const int shards = 8;
        for (int shard = 0; shard < shards; shard++)
        {
            long start = shard == 0 ? 0 : offsets[shard * offsets.Count / shards];
            long end = shard == shards - 1 ? warc.Length : offsets[(shard + 1) * offsets.Count / shards];
            var path = Path.Combine(folder, $"scrapinghub-{shard}.warc.gz");
            File.WriteAllBytes(path, warc[(int)start..(int)end]);
            inputs.Add(path);
        }
        ArrayMatchesOneMachine(conf, inputs, 181);
    }

    static void ArrayMatchesOneMachine(string conf, List<string> inputs, int documents)
    {
        var folder = Path.GetDirectoryName(inputs[0])!;
        var shared = Path.Combine(folder, "out-array");
        var logs = Path.Combine(folder, "logs");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll");
        // The README's Slurm example, with the built CLI for `lede` and this test's folders.
        var script = $"""
            #!/bin/bash
            exec '{dotnet}' '{cli}' batch {string.Join(' ', inputs.Select(i => $"'{i}'"))} -o '{shared}' --jobs 1 \
                --task-index "$SLURM_ARRAY_TASK_ID" --task-count {Tasks} --quiet
            """;
        var (code, output) = SlurmCluster.SubmitArray(conf, script, Tasks, logs, TimeSpan.FromMinutes(10));
        var taskLogs = Enumerable.Range(0, Tasks).Select(i => Path.Combine(logs, $"{i}.out")).ToList();
        Assert.True(code == 0, $"sbatch --wait exited {code}: {output}\n{string.Join("\n", taskLogs.Where(File.Exists).Select(File.ReadAllText))}");

        // Every task ran and wrote its own share of the parts, which together are all of them.
        var written = taskLogs.Select(log =>
        {
            Assert.True(File.Exists(log), $"no output from array task {log}");
            var match = Regex.Match(File.ReadAllText(log), @"parts: (\d+) written");
            Assert.True(match.Success, $"{log}: {File.ReadAllText(log)}");
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }).ToList();
        Assert.All(written, parts => Assert.Equal(inputs.Count / Tasks, parts));

        var single = Path.Combine(folder, "out-single");
        var run = CliProcess.Run(["batch", .. inputs, "-o", single, "--jobs", "2", "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"{documents} documents", run.Stderr);

        var names = Directory.GetFiles(single).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inputs.Count, names.Count);
        Assert.Equal(names, Directory.GetFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(single, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(shared, name!))),
                $"{name} differs between the array and one process");
    }
}
