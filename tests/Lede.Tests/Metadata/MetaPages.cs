namespace Lede.Tests.Metadata;

/// <summary>Builds small article pages around given head and header markup, and reads their metadata.</summary>
internal static class MetaPages
{
    public const string Story =
        "<p>The city council voted on Tuesday to expand the bus network, adding four new routes that will serve the eastern suburbs from next spring.</p>"
        + "<p>Council members argued for more than three hours before the vote, which passed by seven votes to two after an amendment on fares was withdrawn.</p>"
        + "<p>The transport director said the new routes would cut commuting times by a quarter for about twelve thousand residents.</p>";

    public static string Page(string head = "", string header = "", string body = Story, string htmlAttributes = "lang=\"en\"", string footer = "")
        => $"""
           <!doctype html>
           <html {htmlAttributes}><head><title>Council expands bus network | Metro Daily</title>{head}</head>
           <body>
             <nav><a href="/">Home</a> <a href="/news">News</a></nav>
             <main><article>
               <header><h1>Council expands bus network</h1>{header}</header>
               <div class="article-body">{body}</div>
             </article></main>
             <footer>{footer}<p>© 2017 Metro Daily. All rights reserved.</p></footer>
           </body></html>
           """;

    public static Article Read(string html, string? url = null) => Extractor.Extract(html, url).Article!;

    public static ExtractionResult Explain(string html, string? url = null) => Extractor.Extract(html, url, new ExtractionOptions { Explain = true });

    public static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";
}
