using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lede.BrowserTests;

/// <summary>
/// The page at <c>/</c> in Chromium: the sample article submitted as a user would (pasted, or chosen as a file), the
/// article it shows, the removed parts it outlines in the original, and what it refuses to run or load.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebPageTests(BrowserFixture fixture)
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private async Task<(IPage Page, List<string> Requests)> SubmitSampleAsync()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (page, requests) = await fixture.OpenAsync();
        await page.Locator("#html").FillAsync(await File.ReadAllTextAsync(SamplePath));
        await page.Locator("#extract").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done.", new() { Timeout = (float)Wait.TotalMilliseconds });
        return (page, requests);
    }

    private static ILocator Frame(IPage page, string selector) => page.FrameLocator("#original").Locator(selector);

    [SkippableFact]
    public async Task Shows_the_sample_article_with_its_metadata_figures_related_links_and_quotations()
    {
        var (page, _) = await SubmitSampleAsync();
        var article = page.Locator("#article");
        await Assertions.Expect(article.Locator(".title")).ToHaveTextAsync("Alec Baldwin and Hilaria Baldwin Open Up About Their Miscarriage");
        await Assertions.Expect(article.Locator(".standfirst")).ToHaveTextAsync(new Regex("^Hilaria Baldwin has always been open about her pregnancy journey"));
        await Assertions.Expect(article.Locator(".authors")).ToHaveTextAsync("By Dana Whitcombe");
        await Assertions.Expect(article.Locator("time.published")).ToHaveAttributeAsync("datetime", "2019-11-22T09:14:00-05:00");
        // In the page's own offset, not the browser's time zone (UTC here).
        await Assertions.Expect(article.Locator(".published")).ToHaveTextAsync("22 November 2019, 09:14 UTC−05:00");

        // The body: its first paragraph, and none of the page's furniture.
        await Assertions.Expect(article.Locator(".body p").First).ToHaveTextAsync(new Regex("^Alec Baldwin and Hilaria Baldwin opened up about their second miscarriage"));
        var body = await article.Locator(".body").InnerTextAsync();
        Assert.DoesNotContain("Advertisement", body);
        Assert.DoesNotContain("We use cookies", body);

        // Three figures with their credits; no URL was given, so their relative addresses are shown, not loaded.
        await Assertions.Expect(article.Locator(".body figure")).ToHaveCountAsync(3);
        await Assertions.Expect(article.Locator(".body figure .credit").First).ToHaveTextAsync("Instagram/ Hilaria Baldwin");
        await Assertions.Expect(article.Locator(".body figure .image-alt").First).ToHaveTextAsync("Hilaria Baldwin holding her baby bump in a mirror selfie");

        var related = article.Locator(".related li");
        await Assertions.Expect(related).ToHaveCountAsync(6);
        await Assertions.Expect(related.First).ToContainTextAsync("Alec Baldwin and Wife Hilaria Baldwin has Miscarriage at 4 Months");
        await Assertions.Expect(related.First.Locator(".placement")).ToHaveTextAsync("inline");

        var quotes = article.Locator(".quotation");
        await Assertions.Expect(quotes).ToHaveCountAsync(7);
        await Assertions.Expect(quotes.First.Locator(".quote-text")).ToContainTextAsync("I’m doing as best as you can.");
        await Assertions.Expect(quotes.First.Locator(".speaker-name")).ToHaveTextAsync("Hilaria Baldwin");
        await Assertions.Expect(quotes.First.Locator(".cue")).ToHaveTextAsync("told");
        // A description resolved to the person: "The 35-year-old" is Hilaria Baldwin.
        await Assertions.Expect(quotes.Nth(1).Locator(".speaker-mention")).ToContainTextAsync("The 35-year-old");
        await Assertions.Expect(quotes.Nth(3).Locator(".speaker-name")).ToHaveTextAsync("Alec Baldwin");

        await BrowserFixture.ScreenshotAsync(page, "article");
    }

    [SkippableFact]
    public async Task Outlines_what_was_removed_in_the_original_with_the_reason_on_hover_and_click()
    {
        var (page, _) = await SubmitSampleAsync();

        // The original is in the frame; the parts CleanPage removed are outlined and titled with stage and reason.
        await Assertions.Expect(Frame(page, "h1.entry-title")).ToHaveTextAsync("Alec Baldwin and Hilaria Baldwin Open Up About Their Miscarriage");
        var cookie = Frame(page, "#cookie-notice");
        await Assertions.Expect(cookie).ToHaveClassAsync(new Regex(@"\blede-removed\b"));
        await Assertions.Expect(cookie).ToHaveAttributeAsync("title", "CleanPage: class or id names chrome");
        await Assertions.Expect(Frame(page, "#secondary")).ToHaveAttributeAsync("title", "CleanPage: aside");
        await Assertions.Expect(Frame(page, "nav.breadcrumbs")).ToHaveAttributeAsync("title", "CleanPage: navigation");
        // Three identical captions in the trace are three elements, each outlined once.
        await Assertions.Expect(Frame(page, "figcaption.wp-caption-text.lede-removed")).ToHaveCountAsync(3);
        // Two "Related: …" paragraphs PruneBoilerplate took out of the body, matched by their text.
        await Assertions.Expect(Frame(page, "p.lede-removed[title^='PruneBoilerplate: mostly links']")).ToHaveCountAsync(2);
        // The story's container is marked as kept, not removed.
        await Assertions.Expect(Frame(page, "div.entry-content")).ToHaveClassAsync(new Regex(@"\blede-kept\b"));
        await Assertions.Expect(Frame(page, ".lede-kept")).ToHaveCountAsync(1);

        // Every removal in the trace that names an element of the page was found (head is not shown).
        var removals = await Frame(page, ".lede-removed").CountAsync();
        Assert.True(removals >= 20, $"only {removals} removed parts outlined");
        await Assertions.Expect(page.Locator("#match-count")).ToHaveTextAsync($"{removals} of {removals} removed parts outlined.");
        await Assertions.Expect(page.Locator("#trace li.missing")).ToHaveCountAsync(0);

        // A click on a removed part shows its stage, description and reason beside the frame.
        await Frame(page, "div.share-bar--top").ClickAsync();
        var detail = page.Locator("#detail");
        await Assertions.Expect(detail).ToBeVisibleAsync();
        await Assertions.Expect(detail.Locator(".detail-stage")).ToHaveTextAsync("CleanPage");
        await Assertions.Expect(detail.Locator(".detail-what")).ToHaveTextAsync(new Regex("^div.share-bar"));
        await Assertions.Expect(detail.Locator(".detail-why")).ToHaveTextAsync("class or id names chrome");
        await Assertions.Expect(page.Locator("#trace li.picked .what")).ToHaveTextAsync(new Regex("^div.share-bar"));
        await BrowserFixture.ScreenshotAsync(page, "removed-detail");

        // A click on a trace entry brings its element into view and rings it.
        await page.Locator("#trace li", new() { HasText = "div.cookie-banner#cookie-notice" }).ClickAsync();
        await Assertions.Expect(cookie).ToHaveClassAsync(new Regex(@"\blede-focus\b"));
        await Assertions.Expect(detail.Locator(".detail-what")).ToHaveTextAsync(new Regex("^div.cookie-banner#cookie-notice"));
        await Assertions.Expect(cookie).ToBeInViewportAsync();
    }

    [SkippableFact]
    public async Task A_file_chosen_in_the_form_is_sent_as_it_is()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (page, _) = await fixture.OpenAsync();
        await page.Locator("#file").SetInputFilesAsync(SamplePath);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(new Regex(@"^seed-article\.html: [\d,]+ bytes$"));
        await Assertions.Expect(page.Locator("#html")).ToHaveValueAsync(new Regex("<title>"));
        await page.Locator("#extract").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done.", new() { Timeout = (float)Wait.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#article .title")).ToHaveTextAsync("Alec Baldwin and Hilaria Baldwin Open Up About Their Miscarriage");
    }

    [SkippableFact]
    public async Task The_pages_scripts_never_run_and_its_markup_is_shown_as_text()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (page, requests) = await fixture.OpenAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        const string hostile = """
            <html><head><title>x</title><meta http-equiv="refresh" content="0; url=https://evil.example/"></head><body>
            <script>parent.document.body.dataset.owned = "yes"; alert(1);</script>
            <article><h1>&lt;img src=x onerror=alert(2)&gt; Storm</h1>
            <p>The storm reached the coast at dawn, and by noon the harbour wall had given way in two places.</p>
            <p>Crews worked through the night &lt;b&gt;to&lt;/b&gt; restore power to the town, and most homes had it back by morning.</p>
            <img src="https://tracker.example/pixel.gif" onerror="alert(3)" onload="alert(4)">
            <p onclick="alert(5)">Schools stay closed on Monday while engineers check the buildings for damage from the wind.</p>
            </article></body></html>
            """;
        await page.Locator("#html").FillAsync(hostile);
        await page.Locator("#extract").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done.", new() { Timeout = (float)Wait.TotalMilliseconds });

        // The markup in the page's text is text in the article pane, not elements.
        await Assertions.Expect(page.Locator("#article .title")).ToHaveTextAsync("<img src=x onerror=alert(2)> Storm");
        await Assertions.Expect(page.Locator("#article img")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#article .body")).ToContainTextAsync("<b>to</b>");
        await Frame(page, "p").Last.ClickAsync();

        Assert.Null(await page.EvaluateAsync<string?>("() => document.body.dataset.owned ?? null"));
        Assert.Equal(0, dialogs);
        // The frame stayed on the page (no refresh), and nothing was asked of any host but the service.
        await Assertions.Expect(Frame(page, "h1")).ToContainTextAsync("Storm");
        Assert.All(requests.ToArray(), url => Assert.True(url.StartsWith(fixture.BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal), url));
    }

    [SkippableFact]
    public async Task Works_offline_the_page_loads_nothing_but_the_services_own_files()
    {
        var (page, requests) = await SubmitSampleAsync();
        var urls = requests.ToArray();
        Assert.Contains(urls, url => url.EndsWith("/v1/extract?explain=true&preset=balanced", StringComparison.Ordinal));
        Assert.Contains(urls, url => url.EndsWith("/app.js", StringComparison.Ordinal));
        Assert.All(urls, url => Assert.True(url.StartsWith(fixture.BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal), url));
        // The sample's own script (navigation.js) and images were not asked for.
        Assert.DoesNotContain(urls, url => url.Contains("/wp-content/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#result")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Says_what_is_missing_or_wrong_instead_of_failing_silently()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (page, _) = await fixture.OpenAsync();
        await page.Locator("#extract").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Give a URL or some HTML first.");
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync(new Regex(@"\berror\b"));

        // A URL the service refuses to fetch (a loopback address): its error comes back on the status line.
        await page.Locator("#url").FillAsync("http://127.0.0.1:9/story");
        await page.Locator("#extract").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(new Regex(@"^refused: .+\(HTTP 403\)$"), new() { Timeout = (float)Wait.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#result")).ToBeHiddenAsync();
    }
}
