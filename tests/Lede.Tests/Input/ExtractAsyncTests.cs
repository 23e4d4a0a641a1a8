using System.Text;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Input;

/// <summary>
/// <see cref="Extractor.ExtractAsync"/> and <see cref="Extractor.CleanAsync"/>: the same results as the synchronous
/// overloads, from streams that only read asynchronously, with the same cap, stopping at it.
/// </summary>
public sealed class ExtractAsyncTests
{
    [Fact]
    public async Task ExtractAsyncGivesWhatExtractGives()
    {
        var page = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html"));

        var result = await Extractor.ExtractAsync(new TrickleStream(page), "https://news.example/seed");

        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(JsonArticleWriter.Write(Extractor.Extract(page, "https://news.example/seed")), JsonArticleWriter.Write(result));
    }

    [Fact]
    public async Task ExtractAsyncStopsReadingAtTheCap()
    {
        var endless = new TrickleStream(null);

        var result = await Extractor.ExtractAsync(endless, options: new ExtractionOptions { MaxInputBytes = 256 * 1024 });

        Assert.Equal(ExtractionStatus.TooLarge, result.Status);
        Assert.Contains("over the limit of 262,144 bytes", result.Reason);
        // The cap and at most one more read: the rest of the stream is never asked for.
        Assert.InRange(endless.Served, 256 * 1024, 256 * 1024 + 81920);
    }

    [Fact]
    public async Task ExtractAsyncTakesTheOptionsAndTheSameLimitsAsExtract()
    {
        var latin1 = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(CliPages.Story).Replace("</p>", " Café.</p>"));
        var options = new ExtractionOptions { Charset = "iso-8859-1", Focus = Focus.Recall, Explain = true };

        var result = await Extractor.ExtractAsync(new TrickleStream(latin1), options: options);
        var notHtml = await Extractor.ExtractAsync(new TrickleStream(CliPages.Png));

        Assert.Equal(JsonArticleWriter.Write(Extractor.Extract(latin1, options: options)), JsonArticleWriter.Write(result));
        Assert.Contains("Café.", result.Article!.Text);
        Assert.Equal(ExtractionStatus.NotHtml, notHtml.Status);
    }

    [Fact]
    public async Task CancellingWhileReadingCancelsTheTask()
    {
        using var cancel = new CancellationTokenSource();
        var stream = new TrickleStream(null) { OnRead = served => { if (served > 10_000) cancel.Cancel(); } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Extractor.ExtractAsync(stream, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task CleanAsyncGivesWhatCleanGives()
    {
        var text = Encoding.UTF8.GetBytes("The council voted on Tuesday to build a new bridge over the river, ending a long debate.\nShare this article\nThe bridge will open in 2028, the mayor said after the vote.");

        var result = await Extractor.CleanAsync(new TrickleStream(text));
        var tooLarge = await Extractor.CleanAsync(new TrickleStream(null), new ExtractionOptions { MaxInputBytes = 1000 });

        Assert.Equal(JsonArticleWriter.Write(Extractor.Clean(text)), JsonArticleWriter.Write(result));
        Assert.Equal(ExtractionStatus.TooLarge, tooLarge.Status);
    }

    /// <summary>
    /// A stream that gives a few hundred bytes a read, asynchronously, and fails a synchronous read (which would block
    /// a thread): <paramref name="bytes"/>, or endless 'x' when null.
    /// </summary>
    private sealed class TrickleStream(byte[]? bytes) : Stream
    {
        public long Served { get; private set; }

        public Action<long>? OnRead { get; init; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            int n = (int)Math.Min(Math.Min(buffer.Length, 700), bytes is null ? int.MaxValue : bytes.Length - Served);
            if (bytes is null)
                buffer.Span[..n].Fill((byte)'x');
            else
                bytes.AsSpan((int)Served, n).CopyTo(buffer.Span);
            Served += n;
            OnRead?.Invoke(Served);
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("a synchronous read");

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
