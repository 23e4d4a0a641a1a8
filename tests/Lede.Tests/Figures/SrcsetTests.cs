using Lede.Figures;

namespace Lede.Tests.Figures;

public sealed class SrcsetTests
{
    private static string? Largest(string srcset)
    {
        var candidates = new List<SrcsetCandidate>();
        Srcset.Parse(srcset, candidates);
        return Srcset.Largest(candidates)?.Url;
    }

    [Theory]
    [InlineData("a-480.jpg 480w, a-1024.jpg 1024w, a-800.jpg 800w", "a-1024.jpg")]
    [InlineData("a.jpg, a@2x.jpg 2x, a@1.5x.jpg 1.5x", "a@2x.jpg")]
    [InlineData("  a-320.jpg   320w ,\n a-640.jpg 640w  ", "a-640.jpg")]
    [InlineData("a-800.jpg 800w 600h, a-400.jpg 400w 300h", "a-800.jpg")]
    [InlineData("a.jpg", "a.jpg")]
    public void PicksTheLargestCandidate(string srcset, string expected) => Assert.Equal(expected, Largest(srcset));

    [Fact]
    public void KeepsCommasInsideAddresses()
    {
        // Image CDNs put commas in the path; only a comma after the address (or after its descriptors) ends a candidate.
        Assert.Equal("https://cdn.example/w_1200,h_800/a.jpg", Largest("https://cdn.example/w_600,h_400/a.jpg 600w, https://cdn.example/w_1200,h_800/a.jpg 1200w"));
        Assert.Equal("b.jpg", Largest("a.jpg, b.jpg 2x"));
        Assert.Equal("a.jpg,b.jpg", Largest("a.jpg,b.jpg 2x")); // one address, as browsers read it
    }

    [Fact]
    public void PrefersASensibleWidthToAnOriginalUpload()
    {
        Assert.Equal("a-2048.jpg", Largest("a-1024.jpg 1024w, a-2048.jpg 2048w, a-original.jpg 9000w"));
        Assert.Equal("a-5000.jpg", Largest("a-9000.jpg 9000w, a-5000.jpg 5000w"));
    }

    [Fact]
    public void DropsCandidatesWithInvalidDescriptors()
    {
        Assert.Equal("a-300.jpg", Largest("a-300.jpg 300w, a-big.jpg large, a-odd.jpg 12q"));
        Assert.Null(Largest(""));
        Assert.Null(Largest(" , , "));
    }
}
