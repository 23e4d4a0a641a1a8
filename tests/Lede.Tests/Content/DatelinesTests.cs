using Lede.Content;

namespace Lede.Tests.Content;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("By Justine Coleman - 11/18/19 11:04 PM EST")]
    [InlineData("By Tess Bonn")]
    [InlineData("Von Anna Müller")]
    [InlineData("Par Jean Dupont")]
    [InlineData("Written by Sam Lee and Kim Park")]
    public void RecognisesBylines(string line) => Assert.True(Datelines.IsByline(line));

    [Theory]
    [InlineData("By the time the police arrived, the crowd had already left the square.")]
    [InlineData("by and large, prices rose")]
    [InlineData("Bypass surgery is common.")]
    public void SentencesAreNotBylines(string line) => Assert.False(Datelines.IsByline(line));

    [Theory]
    [InlineData("Published Monday, November 18, 2019 8:22AM EST")]
    [InlineData("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm")]
    [InlineData("Updated 11:21 pm CST, Tuesday, November 19, 2019")]
    [InlineData("12. April 2019, 14:30 Uhr")]
    [InlineData("Publié le 12 avril 2019 à 10h")]
    [InlineData("22 de octubre de 2010")]
    public void RecognisesDatelines(string line) => Assert.True(Datelines.IsDateline(line));

    [Theory]
    [InlineData("The vote was 52 to 48 on Tuesday after a long debate in the chamber.")]
    [InlineData("November")]
    [InlineData("Sales rose 5% in 2019.")]
    public void SentencesWithDatesAreNotDatelines(string line) => Assert.False(Datelines.IsDateline(line));
}
