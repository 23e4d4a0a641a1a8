using System.CommandLine;
using Lede.Fetch;

namespace Lede.Cli.Commands;

/// <summary>
/// The fetch options <c>extract</c> and <c>batch</c> share (<c>--user-agent</c>, <c>--allow-private-addresses</c>,
/// <c>--host-delay</c>), and the
/// <see cref="FetchOptions"/> they make together with the command's own size and time caps.
/// </summary>
internal sealed class FetchCliOptions
{
    private readonly Option<string?> _userAgent = new("--user-agent")
    {
        Description = $"The User-Agent of URL fetches; its first word is the name looked up in robots.txt. Default: {FetchOptions.DefaultUserAgent}.",
    };

    private readonly Option<bool> _allowPrivate = new("--allow-private-addresses")
    {
        Description = "Fetch from loopback, private and link-local addresses too (an intranet). Off by default: such addresses are refused.",
    };

    private readonly Option<double> _hostDelay = new("--host-delay")
    {
        Description = "Seconds between the starts of two requests to one host (a robots.txt Crawl-delay up to 10 s wins if longer).",
        DefaultValueFactory = _ => FetchOptions.Default.DelayPerHost.TotalSeconds,
    };

    /// <summary>New options (an option belongs to one command), added to <paramref name="command"/>.</summary>
    public static FetchCliOptions AddTo(Command command)
    {
        var options = new FetchCliOptions();
        options._userAgent.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } agent && string.IsNullOrWhiteSpace(agent))
                r.AddError("--user-agent must not be empty.");
        });
        options._hostDelay.Validators.Add(r =>
        {
            double seconds = r.GetValueOrDefault<double>();
            if (seconds is < 0 or > 3600 || double.IsNaN(seconds))
                r.AddError("--host-delay must be from 0 to 3600 (seconds).");
        });
        command.Options.Add(options._userAgent);
        command.Options.Add(options._allowPrivate);
        command.Options.Add(options._hostDelay);
        return options;
    }

    /// <summary>The fetcher's options: the defaults, the user's agent and address choice, and the command's caps.</summary>
    public FetchOptions Options(ParseResult parse, long maxBytes, TimeSpan timeout) => FetchOptions.Default with
    {
        UserAgent = parse.GetValue(_userAgent) ?? FetchOptions.DefaultUserAgent,
        AllowPrivateAddresses = parse.GetValue(_allowPrivate),
        DelayPerHost = TimeSpan.FromSeconds(parse.GetValue(_hostDelay)),
        MaxResponseBytes = maxBytes,
        Timeout = timeout,
    };
}
