using Lede.Figures;

namespace Lede.Tests.Figures;

public sealed class GalleryControlsTests
{
    [Theory]
    [InlineData("Caption")]
    [InlineData("Close")]
    [InlineData("Enlarge image")]
    [InlineData("Image 1 of 5")]
    [InlineData("1 of 6")]
    [InlineData("Foto 3 von 10")]
    [InlineData("Photo 2/8")]
    [InlineData("Légende")]
    public void ReadsControlsAndCounters(string line) => Assert.True(GalleryControls.IsControlLine(line));

    [Theory]
    [InlineData("2019/2020")]
    [InlineData("One of the best days of the year")]
    [InlineData("Close to the station, the new line opens in May.")]
    [InlineData("3 of the 5 candidates withdrew")]
    public void LeavesTextAlone(string line) => Assert.False(GalleryControls.IsControlLine(line));
}
