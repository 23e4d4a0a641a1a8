using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Lede.Benchmarks;

// `throughput [DIR]` is the plain corpus run the README quotes; everything else goes to
// BenchmarkDotNet's switcher (--filter, --job, --list ...). `--quick` picks BenchmarkDotNet's short job.
if (args is ["throughput", .. var rest])
    return ThroughputRunner.Run(rest);
if (args is ["parts", .. var partsArgs])
    return PartsCostRunner.Run(partsArgs);
if (args is ["peers", .. var peersArgs])
    return Lede.Benchmarks.Peers.PeersRunner.Run(peersArgs);
if (args is ["memory", .. var memoryArgs])
    return MemoryRunner.Run(memoryArgs);
if (args is ["scaling", .. var scalingArgs])
    return ScalingRunner.Run(scalingArgs);
if (args is ["parse", .. var parseArgs])
    return ParseRunner.Run(parseArgs);
if (args is ["processes", .. var processArgs])
    return Lede.Benchmarks.Peers.ProcessesRunner.Run(processArgs);
if (args is ["smartreader-batch", .. var smartReaderArgs])
    return Lede.Benchmarks.Peers.SmartReaderBatch.Run(smartReaderArgs);
if (args is ["quote-cost", .. var quoteArgs])
    return QuoteCostRunner.Run(quoteArgs);

IConfig? config = null;
if (args.Contains("--quick"))
{
    args = args.Where(a => a != "--quick").ToArray();
    config = DefaultConfig.Instance.AddJob(Job.ShortRun);
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(ExtractBenchmarks).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
