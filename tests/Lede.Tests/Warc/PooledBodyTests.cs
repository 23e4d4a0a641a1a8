using System.Buffers;
using System.Text;
using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>
/// <see cref="WarcReaderOptions.BodyPool"/>: bodies rented from the pool read as unpooled ones do, each goes back once
/// on <see cref="WarcDocument.ReleaseBody"/> and is empty after, and without a pool releasing only empties the body.
/// </summary>
public sealed class PooledBodyTests
{
    private static readonly byte[] Archive = Concat(
        WarcInfo(Id(1)),
        Response(Id(2), "<html><body><p>First page.</p></body></html>"),
        Request(Id(3)),
        Response(Id(4), Encoding.UTF8.GetBytes("<p>Second, chunked.</p>".PadRight(300_000, ' ')) is var big
            ? Concat(Encoding.ASCII.GetBytes($"{big.Length:x}\r\n"), big, "\r\n0\r\n\r\n"u8.ToArray()) : [],
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"),
        Response(Id(5), Page));

    [Fact]
    public void PooledBodiesReadAsUnpooledOnes()
    {
        var pool = new CountingPool();

        var pooled = ReadAll(Archive, new WarcReaderOptions { BodyPool = pool }).Documents();
        var own = ReadAll(Archive).Documents();

        Assert.Equal(3, own.Count);
        Assert.Equal(own.Select(d => d.Body.ToArray()), pooled.Select(d => d.Body.ToArray()));
        Assert.Equal(3, pool.Rented);
        Assert.Equal(0, pool.Returned);
    }

    [Fact]
    public void ReleasingGivesEachBodyBackOnceAndEmptiesIt()
    {
        var pool = new CountingPool();
        var documents = ReadAll(Archive, new WarcReaderOptions { BodyPool = pool }).Documents();

        foreach (var document in documents)
        {
            document.ReleaseBody();
            document.ReleaseBody();
            Assert.True(document.Body.IsEmpty);
        }

        Assert.Equal(3, pool.Returned);
        Assert.True(new HashSet<object>(pool.RentedArrays, ReferenceEqualityComparer.Instance).SetEquals(pool.ReturnedArrays), "a body went back that was not rented");
    }

    [Fact]
    public void WithoutAPoolReleasingEmptiesTheBodyAlone()
    {
        var document = ReadAll(Archive).Documents()[0];
        var body = document.Body;

        document.ReleaseBody();

        Assert.True(document.Body.IsEmpty);
        Assert.Equal("<html><body><p>First page.</p></body></html>", Encoding.UTF8.GetString(body.Span));
    }

    [Fact]
    public void AReleasedBodyIsTheNextDocumentsToRent()
    {
        var pool = new CountingPool();
        var documents = new List<WarcDocument>();
        foreach (var item in WarcReader.Read(new MemoryStream(Concat(Response(Id(1)), Response(Id(2)))), new WarcReaderOptions { BodyPool = pool }))
        {
            var document = (WarcDocument)item;
            Assert.Equal(Page, document.Text());
            documents.Add(document);
            document.ReleaseBody();
        }

        Assert.Equal(2, documents.Count);
        Assert.Same(pool.RentedArrays[0], pool.RentedArrays[1]);
    }

    // The body lies in the array it was read into (after the record's headers) or inflated into, handed over whole:
    // one rent a document, each document its own array, and every body intact after the records that follow it were
    // read into the buffers it came from.
    [Fact]
    public void EachBodyIsHandedOverInTheArrayItWasReadOrInflatedInto()
    {
        var zipped = Encoding.UTF8.GetBytes("<p>Inflated from gzip.</p>".PadRight(70_000, '.'));
        var archive = Concat(
            Response(Id(1), Gzip(zipped), "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"),
            Response(Id(2), "<p>Plain.</p>"),
            Response(Id(3), Gzip(Encoding.UTF8.GetBytes("<p>Short and gzipped.</p>")), "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"),
            Archive);
        var pool = new CountingPool();

        var documents = ReadAll(archive, new WarcReaderOptions { BodyPool = pool }).Documents();

        Assert.Equal(ReadAll(archive).Documents().Select(d => d.Text()), documents.Select(d => d.Text()));
        Assert.Equal(Encoding.UTF8.GetString(zipped), documents[0].Text());
        var arrays = documents.Select(d => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(d.Body, out var segment) ? segment.Array! : null).ToList();
        Assert.All(arrays, array => Assert.Contains(array, pool.RentedArrays));
        Assert.Equal(documents.Count, new HashSet<byte[]>(arrays!, ReferenceEqualityComparer.Instance).Count);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(documents[1].Body, out var plain) && plain.Offset > 0, "a plain body starts after the record's headers");
        int returnedByTheReader = pool.Returned; // the buffers' arrays that held no body, when grown and at the end
        foreach (var document in documents) document.ReleaseBody();
        Assert.Equal(arrays, pool.ReturnedArrays.Skip(returnedByTheReader));
    }

    // A pool that hands out arrays it keeps, and counts what goes in and out.
    private sealed class CountingPool : ArrayPool<byte>
    {
        private readonly Stack<byte[]> _free = new();

        public List<byte[]> RentedArrays { get; } = [];
        public List<byte[]> ReturnedArrays { get; } = [];
        public int Rented => RentedArrays.Count;
        public int Returned => ReturnedArrays.Count;

        public override byte[] Rent(int minimumLength)
        {
            var array = _free.TryPeek(out var top) && top.Length >= minimumLength ? _free.Pop() : new byte[minimumLength + 16];
            RentedArrays.Add(array);
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false)
        {
            ReturnedArrays.Add(array);
            _free.Push(array);
        }
    }
}
