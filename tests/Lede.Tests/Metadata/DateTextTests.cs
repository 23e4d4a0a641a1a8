using Lede.Metadata;

namespace Lede.Tests.Metadata;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2019-04-12", "2019-04-12")]
    [InlineData("2019-04-12T10:30:00+02:00", "2019-04-12T10:30:00+02:00")]
    [InlineData("2019-04-12T10:30:00.123+0200", "2019-04-12T10:30:00+02:00")]
    [InlineData("2019-04-12T08:30:00Z", "2019-04-12T08:30:00Z")]
    [InlineData("2019-04-12 10:30", "2019-04-12T10:30:00")]
    [InlineData("20190412", "2019-04-12")]
    [InlineData("Fri, 12 Apr 2019 10:30:00 GMT", "2019-04-12T10:30:00Z")]
    public void ReadsMachineDates(string text, string expected) => Assert.Equal(expected, DateText.Parse(text)!.ToString());

    [Theory]
    [InlineData("April 12th, 2019", "2019-04-12")]
    [InlineData("Published Friday, April 12, 2019 8:22 PM EDT", "2019-04-12T20:22:00-04:00")]
    [InlineData("Apr. 12, 2019", "2019-04-12")]
    [InlineData("12 April 2019", "2019-04-12")]
    [InlineData("12. April 2019, 14:30 Uhr", "2019-04-12T14:30:00")]
    [InlineData("Veröffentlicht am 12. März 2019", "2019-03-12")]
    [InlineData("le 12 avril 2019 à 10h30", "2019-04-12T10:30:00")]
    [InlineData("1er avril 2019", "2019-04-01")]
    [InlineData("12 de abril de 2019", "2019-04-12")]
    [InlineData("22 de octubre del 2010", "2010-10-22")]
    [InlineData("12 aprile 2019", "2019-04-12")]
    [InlineData("12 de março de 2019", "2019-03-12")]
    [InlineData("12 maart 2019", "2019-03-12")]
    [InlineData("12.04.2019", "2019-04-12")]
    [InlineData("Updated 12.04.19 | 10:15", "2019-04-12T10:15:00")]
    [InlineData("2019/04/12", "2019-04-12")]
    [InlineData("November 20 15:23 2019", "2019-11-20")] // a dateline laid out in boxes: day, time, year
    public void ReadsWrittenDatesInSevenLanguages(string text, string expected) => Assert.Equal(expected, DateText.Parse(text)!.ToString());

    [Theory]
    [InlineData("04/12/2019", true, "2019-04-12")]
    [InlineData("04/12/2019", false, "2019-12-04")]
    [InlineData("13/04/2019", true, "2019-04-13")] // 13 can only be the day
    public void AllNumberDatesFollowThePageOrder(string text, bool monthFirst, string expected)
        => Assert.Equal(expected, DateText.Parse(text, monthFirst ? DateOrder.MonthFirst : DateOrder.DayFirst)!.ToString());

    [Theory]
    [InlineData("vor 3 Tagen")]
    [InlineData("2 hours ago")]
    [InlineData("il y a 3 jours")]
    [InlineData("hace 2 días")]
    [InlineData("yesterday")]
    [InlineData("© 2019 Metro Daily")]
    [InlineData("April 2019")]
    [InlineData("31 February 2019")]
    [InlineData("12.30 EUR")]
    [InlineData("")]
    public void RefusesWhatIsNotAFullDate(string text) => Assert.Null(DateText.Parse(text));

    [Theory]
    [InlineData("投稿日時 2020年07月03日 10:12", "2020-07-03")]
    [InlineData("2020年7月3日", "2020-07-03")]
    [InlineData("입력 2020년 7월 3일", "2020-07-03")]
    public void ReadsDatesMarkedByTheirUnits(string text, string expected) => Assert.Equal(expected, DateText.Parse(text)!.Date.ToString("yyyy-MM-dd"));

    [Fact]
    public void TakesTheFirstDateOfSeveral()
        => Assert.Equal("2019-04-10", DateText.Parse("Published April 10, 2019 · Updated April 12, 2019")!.ToString());
}
