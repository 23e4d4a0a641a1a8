using System.CommandLine;
using Lede.Fetch;
using Lede.Service;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede serve [--urls …] [--max-concurrency N] [--allow-private-addresses]</c>: the HTTP API and its page
/// (<see cref="LedeServer"/>), until Ctrl+C or SIGTERM, which stop it gracefully. Exit codes: 0 stopped; 1 it could
/// not start (the port taken, say: one <c>lede: …</c> line); 2 a usage error.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the service listens unless told otherwise: this machine alone.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen: http(s) URLs separated by ';' (port 0 picks a free one).",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var maxConcurrency = new Option<int>("--max-concurrency")
        {
            Description = "Requests extracting at once; past this they are answered 429 at once. Default: the number of processors.",
            DefaultValueFactory = _ => LedeServiceOptions.Default.MaxConcurrency,
        };
        var allowPrivate = new Option<bool>("--allow-private-addresses")
        {
            Description = "Let {\"url\": …} requests fetch from loopback, private and link-local addresses (an intranet). Off by default: they are refused.",
        };
        var command = new Command("serve", "Serve the HTTP API (POST /v1/extract, /v1/clean) and its page until Ctrl+C (exit code 0 stopped, 1 could not start, 2 usage error).")
        {
            urls, maxConcurrency, allowPrivate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var where = parse.GetValue(urls)!;
            if (WhyNotUrls(where) is { } problem)
                return UsageErrors.Fail(error, problem, "lede serve");
            int concurrency = parse.GetValue(maxConcurrency);
            if (concurrency < 1)
                return UsageErrors.Fail(error, $"--max-concurrency must be at least 1, not {concurrency}", "lede serve");
            var options = LedeServiceOptions.Default with
            {
                MaxConcurrency = concurrency,
                Fetch = FetchOptions.Default with { AllowPrivateAddresses = parse.GetValue(allowPrivate) },
            };
            return await UserErrors.GuardAsync(error, async () =>
            {
                await LedeServer.RunAsync(where, options, cancellationToken);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    // Kestrel would say much the same later, in a stack trace; a usage error says it first, in one line.
    private static string? WhyNotUrls(string urls)
    {
        var each = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (each.Length == 0)
            return "--urls needs at least one http(s) URL";
        foreach (var url in each)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return $"--urls takes http(s) URLs such as {DefaultUrls}, not '{url}'";
        }
        return null;
    }
}
