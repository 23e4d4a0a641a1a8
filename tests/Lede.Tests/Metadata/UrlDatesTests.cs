using Lede.Metadata;

namespace Lede.Tests.Metadata;

public sealed class UrlDatesTests
{
    [Theory]
    [InlineData("https://example.com/2019/04/12/council-votes/", "2019-04-12")]
    [InlineData("https://example.com/news/2019-04-12/council-votes", "2019-04-12")]
    [InlineData("https://example.com/news/20190412/council-votes", "2019-04-12")]
    [InlineData("https://example.com/news/council-votes-20190412.html", "2019-04-12")]
    public void ReadsTheDateInThePath(string url, string expected) => Assert.Equal(expected, UrlDates.Read(url)!.Value.Value.ToString());

    [Theory]
    [InlineData("https://example.com/2019/04/council-votes/")]
    [InlineData("https://example.com/story/1234567890123")]
    [InlineData("https://example.com/2019/13/45/nothing")]
    [InlineData(null)]
    public void FindsNoDateWhereThereIsNone(string? url) => Assert.Null(UrlDates.Read(url));
}
