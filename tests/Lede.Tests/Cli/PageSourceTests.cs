using Lede.Cli;

namespace Lede.Tests.Cli;

public sealed class PageSourceTests
{
    [Fact]
    public async Task ReadsAFileAsIs()
    {
        var page = await PageSource.LoadAsync(TempFolder.File("story.html", TestPages.Story), 1 << 20, default);

        Assert.Equal(TestPages.Story, page.Bytes);
        Assert.Null(page.Url);
        Assert.Null(page.Charset);
    }

    [Fact]
    public async Task GunzipsWhateverTheName()
    {
        var page = await PageSource.LoadAsync(TempFolder.File("story.bin", TestPages.Gzip(TestPages.Story)), 1 << 20, default);

        Assert.Equal(TestPages.Story, page.Bytes);
    }

    [Fact]
    public async Task CutsAFileOverTheCapOneBytePastIt()
    {
        // One byte past the cap: enough for the extractor to see the page over its limit and read the part within it.
        var path = TempFolder.File("story.html", TestPages.Story);
        int cap = TestPages.Story.Length / 2;
        var page = await PageSource.LoadAsync(path, cap, default);
        Assert.Equal(File.ReadAllBytes(path)[..(cap + 1)], page.Bytes);
    }

    [Fact]
    public async Task RefusesGzipThatInflatesOverTheCap()
    {
        // 1 MB of spaces compresses to about a kilobyte: small on disk, over the cap once inflated.
        var bomb = TestPages.Gzip(new byte[1 << 20].Select(_ => (byte)' ').ToArray());
        var path = TempFolder.File("bomb.html.gz", bomb);

        await Assert.ThrowsAsync<InputTooLargeException>(() => PageSource.LoadAsync(path, 64 * 1024, default));
    }

    [Fact]
    public async Task CorruptGzipIsInvalidData()
    {
        // The gzip magic bytes, then a header naming a compression method that does not exist.
        byte[] corrupt = [0x1F, 0x8B, 0x63, 0, 0, 0, 0, 0, 0, 0xFF, 1, 2, 3, 4, 5, 6, 7, 8];
        var path = TempFolder.File("corrupt.html.gz", corrupt);

        await Assert.ThrowsAsync<InvalidDataException>(() => PageSource.LoadAsync(path, 1 << 20, default));
    }
}
