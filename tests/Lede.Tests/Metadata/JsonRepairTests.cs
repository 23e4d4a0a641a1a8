using Lede.Metadata;

namespace Lede.Tests.Metadata;

public class JsonRepairTests
{
    private static string Mend(string json) => JsonRepair.Mend(json.AsMemory()).ToString();

    [Theory]
    // Raw control characters inside strings are escaped; outside strings they are whitespace and stay.
    [InlineData("{\"a\": \"x\ny\"}", "{\"a\": \"x\\ny\"}")]
    [InlineData("{\n\t\"a\":\r\n\"b\"\n}", "{\n\t\"a\":\r\n\"b\"\n}")]
    [InlineData("{\"a\": \"\u0001\t\r\"}", "{\"a\": \"\\u0001\\t\\r\"}")]
    // An escaped quote does not end the string; an escaped character is left as it is, whatever it is.
    [InlineData("{\"a\": \"q\\\"\n\"}", "{\"a\": \"q\\\"\\n\"}")]
    [InlineData("{\"a\": \"\\\n\"}", "{\"a\": \"\\\n\"}")]
    [InlineData("{\"a\": \"\\\\\", \"b\": \"\n\"}", "{\"a\": \"\\\\\", \"b\": \"\\n\"}")]
    // A string left open, or a backslash at the very end, ends the scan without harm.
    [InlineData("{\"a\": \"x\ny", "{\"a\": \"x\\ny")]
    [InlineData("\"abc\\", "\"abc\\")]
    public void EscapesControlCharactersOnlyInsideStrings(string json, string expected) => Assert.Equal(expected, Mend(json));

    [Fact]
    public void DropsEdgesAndWrappersWithoutCopying()
    {
        var script = "\n  <!--\n{\"@type\": \"NewsArticle\"}\n-->  \n";
        var mended = JsonRepair.Mend(script.AsMemory());
        Assert.Equal("{\"@type\": \"NewsArticle\"}", mended.ToString());
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetString(mended, out var text, out _, out _) && ReferenceEquals(text, script));
    }
}
