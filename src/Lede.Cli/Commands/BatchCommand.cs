using System.CommandLine;
using Lede.Cli.Batch;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede batch INPUT… [-i URLS]… -o OUTPUT</c>: every document of WARC/ARC files, JSONL files, HTML pages, plain texts,
/// folders of pages and texts, stdin, or the pages of URL lists (fetched politely, see <see cref="Lede.Fetch.PageFetcher"/>), on all cores into one output part per input: pages extracted, texts
/// (<c>.txt</c>, <c>.txt.gz</c>, JSONL <c>text</c>) cleaned. Exit code 0 when the batch ran (whatever each
/// document's status: see the lines and the summary); 1 when an input was missing or unreadable (the other parts
/// are still written) or the output unusable; 2 a usage error.
/// </summary>
internal static class BatchCommand
{
    private const double MaxInFlightMegabytes = 1024 * 1024;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "WARC/ARC (.gz) files, JSONL files (html or text lines), .html and .txt (.gz) files, folders of them, or - for stdin.", Arity = ArgumentArity.ZeroOrMore };
        var urlLists = new Option<string[]>("--input-urls", "-i") { Description = "A file of URLs, one a line (blank lines and # comments skipped), each fetched and extracted; one part per file. May be repeated.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var maxFetches = new Option<int>("--max-fetches") { Description = "URL fetches in flight at once, across hosts (each host still gets at most 2 at a time, --host-delay apart).", DefaultValueFactory = _ => 16 };
        var output = new Option<string>("--output", "-o") { Description = "The folder the output parts are written to.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "jsonl: a .jsonl file per input; text: a folder per input with a .txt per document.", DefaultValueFactory = _ => "jsonl" };
        Choices.Restrict(format, ["jsonl"], ["text", "txt"]);
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers. Default: the number of cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var unordered = new Option<bool>("--unordered") { Description = "Write documents as they finish instead of in input order." };
        var resume = new Option<bool>("--resume") { Description = "Skip the parts already complete in the output folder." };
        var taskIndex = new Option<int>("--task-index") { Description = "With --task-count: take every T-th input file starting at this index (0-based)." };
        var taskCount = new Option<int>("--task-count") { Description = "How many processes share the inputs (a job array's size).", DefaultValueFactory = _ => 1 };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Documents larger than this are read up to it (truncated, with a reason); gzip files larger are too-large.", DefaultValueFactory = _ => ExtractionOptions.Default.MaxInputBytes };
        var noTruncate = new Option<bool>("--no-truncate") { Description = "Refuse documents over --max-bytes as too-large instead of reading the first part." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one document may take before it is a timeout.", DefaultValueFactory = _ => ExtractionOptions.Default.TimeBudget.TotalSeconds };
        var inFlight = new Option<double>("--max-in-flight")
        {
            Description = "Megabytes of page HTML the workers extract at once (a larger page runs alone): bounds peak memory. Default: 0.5 per job.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No live progress; only the summary." };
        var preset = PresetOption.Create();
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1."); });
        taskCount.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--task-count must be at least 1."); });
        maxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() < 1) r.AddError("--max-bytes must be at least 1."); });
        inFlight.Validators.Add(r =>
        {
            // 0 is the default; a terabyte is no limit at all, and more would not fit the byte count.
            double megabytes = r.GetValueOrDefault<double>();
            if (megabytes is < 0 or > MaxInFlightMegabytes || double.IsNaN(megabytes))
                r.AddError($"--max-in-flight must be from 0 to {MaxInFlightMegabytes:0} (megabytes).");
        });
        maxFetches.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--max-fetches must be at least 1."); });
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double>() <= 0) r.AddError("--timeout must be more than 0."); });

        var command = new Command("batch", "Extract every page (and clean every plain text) of WARC, JSONL, HTML and text inputs into JSONL or text, on all cores (exit code 0 the batch ran, 1 an input was missing or unreadable or the output unusable, 2 usage error).")
        {
            inputs, urlLists, output, format, jobs, unordered, resume, taskIndex, taskCount, maxBytes, timeout, inFlight, quiet, preset, maxFetches, noTruncate,
        };
        var fetch = FetchCliOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            int index = parse.GetValue(taskIndex), count = parse.GetValue(taskCount);
            if (index < 0 || index >= count)
            {
                var wrong = $"--task-index must be from 0 to {count - 1} (--task-count - 1)";
                return Task.FromResult(UsageErrors.Fail(parse.InvocationConfiguration.Error, wrong, UsageErrors.CommandPath(parse)));
            }
            if (parse.GetValue(inputs) is not { Length: > 0 } && parse.GetValue(urlLists) is not { Length: > 0 })
            {
                const string wrong = "give at least one input, or a URL list with -i FILE";
                return Task.FromResult(UsageErrors.Fail(parse.InvocationConfiguration.Error, wrong, UsageErrors.CommandPath(parse)));
            }
            var settings = new BatchSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                UrlLists = parse.GetValue(urlLists) ?? [],
                MaxFetches = parse.GetValue(maxFetches),
                Fetch = fetch.Options(parse, parse.GetValue(maxBytes), TimeSpan.FromSeconds(parse.GetValue(timeout))),
                Output = parse.GetValue(output)!,
                Format = parse.GetValue(format)!,
                Jobs = parse.GetValue(jobs),
                Unordered = parse.GetValue(unordered),
                Resume = parse.GetValue(resume),
                TaskIndex = index,
                TaskCount = count,
                Quiet = parse.GetValue(quiet),
                MaxInFlightBytes = (long)(parse.GetValue(inFlight) * 1024 * 1024),
                Extraction = new ExtractionOptions
                {
                    Focus = PresetOption.ToFocus(parse.GetValue(preset)!),
                    MaxInputBytes = parse.GetValue(maxBytes),
                    TruncateLargeInput = !parse.GetValue(noTruncate),
                    TimeBudget = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                },
            };
            return BatchRun.RunAsync(settings, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
