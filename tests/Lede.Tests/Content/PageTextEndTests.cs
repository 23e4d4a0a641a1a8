using Lede.Pages;
using Lede.Tests.Golden;

namespace Lede.Tests.Content;

/// <summary>How an element's text ends, read in place, against the text made as a string.</summary>
public sealed class PageTextEndTests
{
    [Theory]
    [InlineData("<p>One. <b>Two</b>  </p>", 'o')]
    [InlineData("<p>He said: <i> </i>\n</p>", ':')]
    [InlineData("<p> <span>  </span></p>", '\0')]
    [InlineData("<p>Caption<template>hidden.</template></p>", 'n')]
    public void TheLastCharacterIsTheTextsLastNonWhitespace(string markup, char expected)
    {
        using var page = TestPages.Parse(markup);
        Assert.Equal(expected, page.LastTextCharacter(TestPages.First(page, Lede.Html.KnownNames.P)));
    }

    [Fact]
    public void OnTheGoldenPagesEveryElementAgreesWithItsTextContent()
    {
        int checkedElements = 0;
        foreach (var slug in GoldenPage.Slugs())
        {
            using var page = TestPages.Parse(System.Text.Encoding.UTF8.GetString(GoldenPage.Load(slug).Source));
            for (int i = 0; i < page.Count; i++)
            {
                var text = page.TextContent(i).TrimEnd();
                Assert.Equal(text.Length > 0 ? text[^1] : '\0', page.LastTextCharacter(i));
                checkedElements++;
            }
        }
        Assert.True(checkedElements > 5_000, $"only {checkedElements} elements checked");
    }
}
