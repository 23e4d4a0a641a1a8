using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>Damaged gzip: each problem at the member's offset in the file, and the records around it still read.</summary>
public sealed class GzipDamageTests
{
    // .NET's GZipStream writes a 10-byte member header without a file name, so the deflate data starts here.
    private const int DeflateStart = 10;

    private static List<byte[]> Records() => [Response(Id(1), "<p>one</p>"), Request(Id(2)), Response(Id(3), "<p>three</p>")];

    [Fact]
    public void InvalidDeflateDataCostsOnlyItsMember()
    {
        var members = Records().Select(Gzip).ToList();
        members[1][DeflateStart] = 0x07; // a final block of the reserved type 3: invalid at once
        var file = Concat([.. members]);

        var items = ReadAll(file);

        var problem = Assert.Single(items.Problems(), p => p.Kind == WarcProblemKind.Compression);
        Assert.Equal(members[0].Length, problem.Offset);
        Assert.Equal(WarcOffsetKind.File, problem.OffsetKind);
        Assert.Contains("invalid", problem.Reason);
        Assert.Equal(["<p>one</p>", "<p>three</p>"], items.Documents().Select(page => page.Text()));
    }

    [Fact]
    public void JunkBetweenMembersIsSkippedToTheNextMember()
    {
        var members = Records().Select(Gzip).ToList();
        var junk = "not gzip at all, \u001f but a lone magic byte"u8.ToArray();
        var file = Concat(members[0], junk, members[1], members[2]);

        var items = ReadAll(file, out var counts);

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Compression, problem.Kind);
        Assert.Equal(members[0].Length, problem.Offset);
        Assert.Contains($"{junk.Length} bytes", problem.Reason);
        Assert.Equal(2, items.Documents().Count);
        Assert.Equal(members[0].Length + junk.Length + members[1].Length, items.Documents()[1].Offset);
        Assert.Equal(3, counts.Records);
    }

    [Fact]
    public void WrongTrailerIsReportedButItsCompleteRecordIsKept()
    {
        var members = Records().Select(Gzip).ToList();
        members[0][^1] ^= 0x40; // ISIZE no longer matches the member's data
        var items = ReadAll(Concat([.. members]));

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Compression, problem.Kind);
        Assert.Equal(0, problem.Offset);
        Assert.Equal(["<p>one</p>", "<p>three</p>"], items.Documents().Select(page => page.Text()));
    }

    [Fact]
    public void FileCutInsideAMemberReportsThatMember()
    {
        var members = Records().Select(Gzip).ToList();
        var file = Concat([.. members]);
        var cut = file[..^(members[2].Length / 2)];

        var items = ReadAll(cut);

        Assert.Contains(items.Problems(), p => p.Kind == WarcProblemKind.Compression && p.Offset == members[0].Length + members[1].Length);
        Assert.Equal("<p>one</p>", items.Documents()[0].Text());
    }

    [Fact]
    public void EveryPrefixOfAFileReadsWithoutThrowing()
    {
        var plain = Concat([.. Records(), Response(Id(4), new string('x', 3000))]);
        var gzip = GzipEach([.. Records(), Response(Id(4), new string('x', 3000))], out _);
        foreach (var file in new[] { plain, gzip })
        {
            for (var length = 0; length <= file.Length; length += 3)
            {
                var items = ReadAll(file[..length], out var counts);
                Assert.True(counts.Documents <= 3, $"{counts.Documents} documents from {length} bytes");
                Assert.Equal(items.Count, counts.Documents + counts.Problems);
            }
        }
    }

    [Fact]
    public void RandomDamageNeverThrowsAndKeepsTheUndamagedRecords()
    {
        // Flip a few bytes of one record, in plain and gzip files: the reader must finish, and every record it
        // hands out untouched by damage must be intact.
        var random = new Random(1234);
        var records = Enumerable.Range(1, 8).Select(n => n % 2 == 0 ? Request(Id(n)) : Response(Id(n), $"<p>page {n}</p>")).ToList();
        for (var round = 0; round < Rounds; round++)
        {
            var damaged = random.Next(records.Count);
            var copy = records.Select(record => (byte[])record.Clone()).ToList();
            var gzip = round % 2 == 1;
            var parts = gzip ? copy.Select(Gzip).ToList() : copy;
            var log = Damage(random, parts, damaged);
            var items = ReadAll(Concat([.. parts]));

            var texts = items.Documents().Where(page => page.Defect is null).Select(page => page.Text()).ToHashSet();
            for (var n = 0; n < records.Count; n += 2)
            {
                // A record after the damaged one may be swallowed only when the damage hit a Content-Length.
                if (n != damaged && n != damaged + 1)
                    Assert.True(texts.Contains($"<p>page {n + 1}</p>"), $"round {round}, record {damaged} damaged{log}, page {n + 1} lost: " + string.Join(" | ", items.Select(i => i is WarcDocument d ? $"DOC {d.Offset} {d.RecordId} [{d.Text()}] {d.Defect}" : i.ToString())));
            }
        }
    }

    private const int Rounds = 1000;

    /// <summary>Flips bytes, zeroes a run, drops or inserts bytes in one part; says what it did.</summary>
    private static string Damage(Random random, List<byte[]> parts, int index)
    {
        var part = parts[index];
        var at = random.Next(part.Length);
        switch (random.Next(4))
        {
            case 0:
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                    part[random.Next(part.Length)] = (byte)random.Next(256);
                return "flips";
            case 1:
                var run = Math.Min(part.Length - at, random.Next(1, 64));
                Array.Clear(part, at, run);
                return $"{run} zeros at {at}";
            case 2:
                var drop = Math.Min(part.Length - at, random.Next(1, 16));
                parts[index] = [.. part[..at], .. part[(at + drop)..]];
                return $"{drop} dropped at {at}";
            default:
                var insert = new byte[random.Next(1, 16)];
                random.NextBytes(insert);
                parts[index] = [.. part[..at], .. insert, .. part[at..]];
                return $"{insert.Length} inserted at {at}";
        }
    }
}
