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

    // The parser escapes a space in the path: "/news/x 19/04/12" reads "/news/x%2019/04/12", and so holds a year.
    [Fact]
    public void ReadsTheDateTheParserMakes() => Assert.Equal("2019-04-12", UrlDates.Read("https://example.com/news/x 19/04/12/y")!.Value.Value.ToString());

    [Theory]
    [InlineData("https://example.com/news/council-votes-on-bus-routes")]
    [InlineData("https://example.com/19/04/12/story-123?id=567&page=2")]
    public void AnAddressWithoutFourDigitsInARowHasNoDate(string url) => Assert.Null(UrlDates.Read(url));
}
