using System.Text.Json;
using Lede.Extraction;

namespace Lede.Tests.Content;

/// <summary>Small pages whose story sits where the container search does not find it, for the fallback cascade's tests.</summary>
internal static class FallbackPages
{
    public const string Url = "https://metro.example/news/2019/council-expands-bus-network";

    /// <summary>Six paragraphs of about 230 characters each.</summary>
    public static readonly string[] Story =
    [
        "The city council voted on Tuesday to expand the bus network, adding four new routes that will serve the eastern suburbs from next spring. The plan had been debated for two years, and officials had warned it could be delayed again.",
        "Council members argued for more than three hours before the vote, which passed by seven votes to two after an amendment on fares was withdrawn. Several members said they had received hundreds of letters from residents on the subject.",
        "The transport director said the new routes would cut commuting times by a quarter for about twelve thousand residents, according to the city's own figures. She added that buses would run every ten minutes at peak hours on the busiest lines.",
        "Opponents said the money would have been better spent on repairing roads, and promised to raise the matter again when the budget is set in March. One councillor called the vote a mistake that the city would pay for over many years to come.",
        "The routes will be run by the city's own bus company, which is hiring forty new drivers for the purpose. Training for the drivers begins in the autumn, and the first buses are expected on the roads by the end of the winter season.",
        "Residents of the eastern suburbs welcomed the decision at a public meeting on Wednesday evening. Many said they had waited a long time for a direct connection to the city centre, and that the current service was slow and unreliable.",
    ];

    /// <summary>The story's text as Lede gives it: paragraphs separated by a blank line.</summary>
    public static string StoryText => string.Join("\n\n", Story);

    /// <summary>The one visible paragraph of a page that shows a teaser, and a paywall's line.</summary>
    public static string JsonLdOnly() => Page(
        $"<p>{Story[0]}</p><p class=\"paywall\">Subscribe to read the rest of this story.</p>",
        head: "<script type=\"application/ld+json\">" + JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = "Council expands bus network",
            ["articleBody"] = string.Join("\n", Story[..3]) + "\n<p>" + string.Join("</p><p>", Story[3..]) + "</p>",
        }) + "</script>");

    /// <summary>A page built by scripts: the story only in &lt;noscript&gt;.</summary>
    public static string NoscriptOnly() => Page($"<div id=\"app\">Loading…</div><noscript><div class=\"story\">{Paragraphs(Story)}</div></noscript>");

    /// <summary>
    /// A long paragraph of another story in a box of its own scores above the story, whose paragraphs each come with a list
    /// of links, and above the page around both, which holds a block of links too.
    /// </summary>
    public static string TeaserChosen() => Page(
        "<div class=\"lead\"><p>In other news this week, the regional museum announced a new exhibition of maritime paintings, its largest in a decade, opening to the public in June with more than two hundred works lent by collections from across the country and abroad. Tickets go on sale next month, and the museum expects record numbers of visitors over the summer holidays. The director said the show had taken four years to prepare, and that several of the paintings had never been seen in public before, having spent the last century in private houses along the coast.</p></div>"
        + Links(27, "x") + "<div class=\"story\">" + string.Concat(Story.Select((p, i) => $"<p>{p}</p>" + Links(6, i.ToString()))) + "</div>");

    /// <summary>Each paragraph in a part of its own, a large block of links between each two: no container holds the story.</summary>
    public static string Scattered() => Page(string.Concat(Story.Select((p, i) => $"<div class=\"part\"><p>{p}</p></div>" + (i < Story.Length - 1 ? Links(24, i.ToString()) : ""))));

    /// <summary>An ordinary page: the story in its article, a sidebar of teasers beside it.</summary>
    public static string Ordinary() => Page($"<article>{Paragraphs(Story)}</article><aside class=\"sidebar\">{Links(6, "s")}</aside>");

    public static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    private static string Links(int count, string key) => "<div class=\"grid\"><ul>"
        + string.Concat(Enumerable.Range(0, count).Select(i => $"<li><a href=\"/story-{key}-{i}\">Another headline about something else entirely no. {i}</a></li>"))
        + "</ul></div>";

    public static string Page(string main, string head = "") => $$"""
        <!doctype html>
        <html lang="en"><head><title>Council expands bus network | Metro Daily</title>{{head}}</head>
        <body>
          <header class="site-header"><a href="/">Metro Daily</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main><h1>Council expands bus network</h1>{{main}}</main>
          <footer><p>© 2019 Metro Daily. All rights reserved. Contact us at the newsroom for corrections.</p></footer>
        </body></html>
        """;

    public static ExtractionResult Extract(string html, ExtractionOptions? options = null)
        => Extractor.Extract(html, Url, (options ?? new ExtractionOptions()) with { Explain = true });

    /// <summary>The trace lines of the cascade, "what — why".</summary>
    public static List<string> CascadeTrace(ExtractionResult result)
        => result.Trace.Where(t => t.Stage == "FallbackCascade").Select(t => $"{t.What} — {t.Why}").ToList();
}
