using System.Collections;

namespace Lede.Warc;

/// <summary>
/// The items of one archive, read as they are enumerated, with running <see cref="Counts"/>. Single pass: the
/// stream is read once, so a second enumeration throws. Disposing the enumerator (a <c>foreach</c> does) returns
/// the pooled buffers; the stream stays open, its owner closes it.
/// </summary>
public sealed class WarcItems : IEnumerable<WarcItem>
{
    private readonly Stream _stream;
    private readonly WarcReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private ArchiveInput? _input;
    private int _started;

    internal WarcItems(Stream stream, WarcReaderOptions options, CancellationToken cancellationToken)
    {
        _stream = stream;
        _options = options;
        _cancellationToken = cancellationToken;
        Counts = new WarcCounts(() => _input?.SourceBytes ?? 0);
    }

    /// <summary>Counts so far: records, documents, problems, skipped records by kind, input bytes.</summary>
    public WarcCounts Counts { get; }

    /// <summary>Starts the one read of the stream.</summary>
    /// <exception cref="InvalidOperationException">The items were enumerated before.</exception>
    public IEnumerator<WarcItem> GetEnumerator()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException("An archive stream is read once; call WarcReader.Read again on a new stream.");
        return Enumerate().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<WarcItem> Enumerate()
    {
        using var input = ArchiveInput.Open(_stream);
        _input = input;
        using var buffer = new ArchiveBuffer(input);
        // With a body pool, both buffers rent from it: a body read into either is handed over, not copied out.
        using var block = new PooledBuffer(_options.MaxDocumentBytes, _options.BodyPool);
        using var decoded = new PooledBuffer(_options.MaxDocumentBytes, _options.BodyPool);
        var problems = new ProblemSink(buffer);
        IRecordReader reader = ArchiveFormat.IsArc(buffer)
            ? new ArcRecordReader(buffer, problems, Counts, _options, block)
            : new WarcRecordReader(buffer, problems, Counts, _options, block);
        var decoder = new DocumentDecoder(block, decoded, _options.BodyPool);
        while (true)
        {
            var record = reader.Next(_cancellationToken);
            while (problems.Count > 0)
            {
                Counts.AddProblem();
                yield return problems.Dequeue();
            }
            if (record is null)
                yield break;
            var item = decoder.Decode(record, out var skippedAs);
            if (item is null)
            {
                Counts.AddSkipped(skippedAs!);
                continue;
            }
            if (item is WarcDocument)
                Counts.AddDocument();
            else
                Counts.AddProblem();
            yield return item;
        }
    }
}
