using Lede.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Service;

/// <summary>The API embedded in an application of one's own, as the README shows it: under a route prefix, with its own options.</summary>
public sealed class EmbeddingTests
{
    [Fact]
    public async Task TheApiMapsUnderAGroupWithItsOptions()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLedeApi(new LedeServiceOptions { MaxConcurrency = 4, Extraction = new ExtractionOptions { MaxInputBytes = 100 } });
        await using var app = builder.Build();
        app.MapGroup("/lede").MapLedeApi();
        await app.StartAsync();
        var client = app.GetTestClient();

        var health = await client.GetStringAsync("/lede/healthz");
        var tooLarge = await ServiceApp.SendAsync(client, "/lede/v1/extract", new ByteArrayContent(CliPages.Story));
        var elsewhere = await client.PostAsync("/v1/extract", new ByteArrayContent(CliPages.Story));

        Assert.Equal("ok\n", health);
        Assert.Equal(413, tooLarge.Status);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public void OptionsNoServiceCanWorkWithAreRefusedWhenAdded()
    {
        var builder = WebApplication.CreateBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Services.AddLedeApi(new LedeServiceOptions { MaxConcurrency = 0 }));
    }
}
