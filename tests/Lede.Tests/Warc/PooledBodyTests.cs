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
