namespace Lede.Tests.Content;

/// <summary>Builds small pages around a story, with the chrome real pages put around it.</summary>
internal static class StoryPages
{
    public static readonly string[] Story =
    [
        "The city council voted on Tuesday to expand the bus network, adding four new routes that will serve the eastern suburbs from next spring.",
        "Council members argued for more than three hours before the vote, which passed by seven votes to two after an amendment on fares was withdrawn.",
        "The transport director said the new routes would cut commuting times by a quarter for about twelve thousand residents, according to the city's own figures.",
        "Opponents said the money would have been better spent on repairing roads, and promised to raise the matter again when the budget is set in March.",
    ];

    public static string Page(string body, string? aside = null) => $$"""
        <!doctype html>
        <html lang="en"><head><title>Council expands bus network | Metro Daily</title>
        <style>body { color: black }</style><script>var tracking = "Do not extract this script text at all please";</script></head>
        <body>
          <header class="site-header"><a href="/">Metro Daily</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
          </header>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
          <main>
            <article>
              <h1>Council expands bus network</h1>
              {{body}}
            </article>
            {{aside ?? ""}}
          </main>
          <footer><p>© 2019 Metro Daily. All rights reserved. Contact us at the newsroom for corrections.</p></footer>
        </body></html>
        """;

    public static string Paragraphs(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>\n"));

    public static string Sidebar(int teasers = 6) => "<aside class=\"sidebar\"><h3>Most read</h3><ul>"
        + string.Concat(Enumerable.Range(1, teasers).Select(i => $"<li><a href=\"/s{i}\">Teaser headline number {i} about another story</a></li>"))
        + "</ul></aside>";

    public static string Text(string html, ExtractionOptions? options = null)
    {
        var result = Extractor.Extract(html, "https://metro.example/news/bus", options);
        Assert.True(result.IsOk, result.Reason);
        return result.Article!.Text;
    }
}
