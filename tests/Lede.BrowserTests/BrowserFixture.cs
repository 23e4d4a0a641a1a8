using Lede.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Lede.BrowserTests;

/// <summary>
/// One service and one browser for the tests of the page: the service as <c>lede serve</c> builds it, on a real
/// Kestrel at a free 127.0.0.1 port (a browser needs a port, not a test server), and Debian's Chromium driven by
/// Playwright. Nothing is downloaded: the browser is the system's, or the tests skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser; <c>LEDE_CHROMIUM</c> names another.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("LEDE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The service's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    private WebApplication? _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser; only valid when <see cref="SkipReason"/> is null.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);

    /// <summary>Starts the service and the browser, or records why it can't.</summary>
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"no Chromium at {ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does) to run the browser tests";
            return;
        }
        // Port 0: Kestrel picks a free port, read back below, so parallel runs never collide.
        _service = LedeServer.Create(["--urls", "http://127.0.0.1:0"]);
        await _service.StartAsync();
        BaseUrl = _service.Urls.Single().TrimEnd('/'); // once started, the address Kestrel bound

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The flags the machine notes ask for: without them Chromium's own background connections hang or fail
            // on a closed network. Playwright gives each launch a fresh profile folder.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Closes the browser and stops the service.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.StopAsync();
            await _service.DisposeAsync();
        }
    }

    /// <summary>A fresh page (its own context) at the service's <c>/</c>, recording every request that leaves the browser.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        // The requests that left the browser: answered ones, and failed ones unless the frame's CSP blocked them
        // before they were sent (Chromium reports those as failures with the reason "csp").
        var requests = new List<string>();
        page.RequestFinished += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "csp") lock (requests) requests.Add(request.Url);
        };
        var response = await page.GotoAsync(BaseUrl + "/");
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return (page, requests);
    }

    /// <summary>Saves a screenshot of the page into the test output (<c>screenshots/</c> beside the test assembly).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000, $"the screenshot {path} is suspiciously small");
        return path;
    }
}

/// <summary>The tests that share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
