using System.Net;
using Lede.Fetch;

namespace Lede.Tests.Fetch;

/// <summary>
/// Server-side request forgery: by default the fetcher reaches public addresses only, checked on the address it
/// connects to, for every hop. The site under test is itself on the loopback, so a default fetcher must refuse it;
/// the per-hop check is shown by opening exactly one endpoint (the first site) and redirecting from it.
/// </summary>
public sealed class AddressRefusalTests : IDisposable
{
    private readonly LocalSite _site = new();
    private readonly LocalSite _inside = new();

    public void Dispose()
    {
        _site.Dispose();
        _inside.Dispose();
    }

    // The first site only: what it redirects to is checked like anything else.
    private FetchOptions OnlyTheSite => FetchOptions.Default with
    {
        DelayPerHost = TimeSpan.Zero,
        MaxRetries = 0,
        AllowedEndpoints = [new IPEndPoint(IPAddress.Loopback, _site.Port)],
    };

    [Fact]
    public async Task ADefaultFetcherRefusesTheLoopback()
    {
        using var fetcher = new PageFetcher();

        var page = await fetcher.FetchAsync(_site.Url("story"));

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Contains("127.0.0.1", page.Reason);
        Assert.Contains("loopback", page.Reason);
        Assert.Equal(0, _site.Hits("/story"));
        Assert.Equal(0, _site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task ANameThatResolvesToTheLoopbackIsRefused()
    {
        using var fetcher = new PageFetcher();

        var page = await fetcher.FetchAsync($"http://localhost:{_site.Port}/story");

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Contains("localhost resolves to", page.Reason);
        Assert.Equal(0, _site.Hits("/story"));
    }

    [Theory]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://0.0.0.0:9/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    public async Task NonPublicAddressesAreRefusedBeforeAnyConnection(string url)
    {
        // Refusal happens in the connection step before a socket opens: nothing is sent to these addresses.
        using var fetcher = new PageFetcher(FetchOptions.Default with { MaxRetries = 0 });

        var page = await fetcher.FetchAsync(url);

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Equal("refused", page.StatusWord);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/file")]
    [InlineData("gopher://example.org/")]
    public async Task OtherSchemesAreRefused(string url)
    {
        using var fetcher = new PageFetcher();

        var page = await fetcher.FetchAsync(url);

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Contains("is not http or https", page.Reason);
    }

    [Fact]
    public async Task TheOpenedEndpointIsReached()
    {
        using var fetcher = new PageFetcher(OnlyTheSite);

        var page = await fetcher.FetchAsync(_site.Url("story"));

        Assert.Equal(FetchStatus.Ok, page.Status);
    }

    [Fact]
    public async Task ARedirectToAnotherLoopbackServerIsRefused()
    {
        _site.Away = _inside.Url("story");
        using var fetcher = new PageFetcher(OnlyTheSite);

        var page = await fetcher.FetchAsync(_site.Url("away"));

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Equal(_inside.Url("story"), page.FinalUrl);
        Assert.Equal(1, page.Redirects);
        Assert.Equal(1, _site.Hits("/away"));
        Assert.Equal(0, _inside.Hits("/story"));
        Assert.Equal(0, _inside.Hits("/robots.txt"));
    }

    [Fact]
    public async Task ARedirectByNameToTheLoopbackIsRefused()
    {
        _site.Away = $"http://localhost:{_inside.Port}/story";
        using var fetcher = new PageFetcher(OnlyTheSite);

        var page = await fetcher.FetchAsync(_site.Url("away"));

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Equal(0, _inside.Hits("/story"));
    }

    [Fact]
    public async Task ARedirectToTheCloudMetadataAddressIsRefused()
    {
        _site.Away = "http://169.254.169.254/latest/meta-data/";
        using var fetcher = new PageFetcher(OnlyTheSite);

        var page = await fetcher.FetchAsync(_site.Url("away"));

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Contains("link-local", page.Reason);
    }

    [Fact]
    public async Task ARedirectToAFileUrlIsRefused()
    {
        using var fetcher = new PageFetcher(OnlyTheSite);

        var page = await fetcher.FetchAsync(_site.Url("to-file"));

        Assert.Equal(FetchStatus.Refused, page.Status);
        Assert.Equal("file:///etc/passwd", page.FinalUrl);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd00::1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("100.64.0.1", "shared (carrier-grade NAT)")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    [InlineData("2002:7f00:1::", "loopback")]
    public void NonPublicAddressesAreKnownByKind(string address, string kind)
        => Assert.Equal(kind, AddressPolicy.Kind(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    public void PublicAddressesAreAllowed(string address)
        => Assert.Null(new AddressPolicy(FetchOptions.Default).Refusal(IPAddress.Parse(address), 80));

    [Fact]
    public void AllowingPrivateAddressesStillRefusesWhatNoServerListensOn()
    {
        var policy = new AddressPolicy(FetchOptions.Default with { AllowPrivateAddresses = true });

        Assert.Null(policy.Refusal(IPAddress.Parse("10.0.0.1"), 80));
        Assert.Null(policy.Refusal(IPAddress.Loopback, 80));
        Assert.Equal("multicast", policy.Refusal(IPAddress.Parse("224.0.0.1"), 80));
        Assert.Equal("unspecified", policy.Refusal(IPAddress.Any, 80));
    }

    [Fact]
    public void AnAllowedEndpointOpensItsPortOnly()
    {
        var policy = new AddressPolicy(FetchOptions.Default with { AllowedEndpoints = [new IPEndPoint(IPAddress.Loopback, 8080)] });

        Assert.Null(policy.Refusal(IPAddress.Loopback, 8080));
        Assert.Equal("loopback", policy.Refusal(IPAddress.Loopback, 8081));
    }
}
