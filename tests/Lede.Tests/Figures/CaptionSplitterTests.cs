using Lede.Figures;

namespace Lede.Tests.Figures;

public sealed class CaptionSplitterTests
{
    [Theory]
    // English
    [InlineData("Image source: Instagram/ Hilaria Baldwin", null, "Instagram/ Hilaria Baldwin")]
    [InlineData("Waves break over the pier. Photo: Jane Doe/Reuters", "Waves break over the pier.", "Jane Doe/Reuters")]
    [InlineData("Waves break over the pier (Getty Images)", "Waves break over the pier", "Getty Images")]
    [InlineData("Waves break over the pier. Photograph: Jane Doe /Shutterstock", "Waves break over the pier.", "Jane Doe /Shutterstock")]
    [InlineData("Crowds at the gate. © Jane Doe", "Crowds at the gate.", "Jane Doe")]
    [InlineData("Credit: NASA/JPL-Caltech", null, "NASA/JPL-Caltech")]
    [InlineData("Image: Future plc", null, "Future plc")]
    [InlineData("A view of India Gate. (Photo by Jane Doe/AFP via Getty Images)", "A view of India Gate.", "Jane Doe/AFP via Getty Images")]
    [InlineData("Protesters march in Paris. REUTERS/Kevin Lamarque", "Protesters march in Paris.", "REUTERS/Kevin Lamarque")]
    [InlineData("Troops remain in the country [File: Reuters]", "Troops remain in the country", "Reuters")]
    [InlineData("Christopher Battin Submitted photo", "Christopher Battin", "Submitted photo")]
    // German
    [InlineData("Der neue Bahnhof in Leipzig. Foto: dpa", "Der neue Bahnhof in Leipzig.", "dpa")]
    [InlineData("Bild: picture alliance / dpa", null, "picture alliance / dpa")]
    [InlineData("Bildquelle: Stadt Leipzig", null, "Stadt Leipzig")]
    // French
    [InlineData("La gare de Lyon au petit matin. Crédit photo : AFP", "La gare de Lyon au petit matin.", "AFP")]
    [InlineData("Le port de Marseille (Photo : Jean Dupont)", "Le port de Marseille", "Jean Dupont")]
    // Spanish
    [InlineData("La Puerta del Sol, en Madrid. Créditos: EFE", "La Puerta del Sol, en Madrid.", "EFE")]
    [InlineData("Foto: Juan Pérez", null, "Juan Pérez")]
    // Italian
    [InlineData("Il porto di Genova. Foto di Mario Rossi", "Il porto di Genova.", "Mario Rossi")]
    [InlineData("Fotografia: ANSA", null, "ANSA")]
    // Portuguese
    [InlineData("A praia de Copacabana. Foto: Reprodução/Instagram", "A praia de Copacabana.", "Reprodução/Instagram")]
    [InlineData("Crédito: Agência Brasil", null, "Agência Brasil")]
    // Dutch
    [InlineData("Het Rijksmuseum in Amsterdam. Foto: ANP", "Het Rijksmuseum in Amsterdam.", "ANP")]
    [InlineData("Beeld: Hollandse Hoogte", null, "Hollandse Hoogte")]
    public void SplitsTheCreditFromTheCaption(string text, string? caption, string? credit)
        => Assert.Equal((caption, credit), CaptionSplitter.Split(text));

    [Theory]
    [InlineData("The new buses will run every ten minutes from next spring.")]
    [InlineData("Kate Henshaw")]
    [InlineData("Hilaria Baldwin on the red carpet at the gala in New York")]
    [InlineData("Una foto de la playa al atardecer")]
    [InlineData("The photo shows the pier at dawn")]
    public void LeavesACaptionWithoutCreditWhole(string text) => Assert.Equal((text, (string?)null), CaptionSplitter.Split(text));

    [Fact]
    public void APictureLabelBeforeASentenceOpensTheCaption()
    {
        // ABC-style "PHOTO: …" labels a description; only a name after the label is a credit.
        Assert.Equal(("Crowds gather at the harbour at dawn.", null), CaptionSplitter.Split("PHOTO: Crowds gather at the harbour at dawn."));
    }

    [Fact]
    public void StrictReadingNeedsASentenceEndBeforeALabel()
    {
        const string Story = "Officials said the source: a survey of four thousand riders";

        Assert.Equal((Story, null), CaptionSplitter.Split(Story, strict: true));
        Assert.Equal(("Crowds at dawn", "Jane Doe"), CaptionSplitter.Split("Crowds at dawn Photo: Jane Doe"));
        Assert.Equal(("Crowds at dawn Photo: Jane Doe", null), CaptionSplitter.Split("Crowds at dawn Photo: Jane Doe", strict: true));
    }

    [Theory]
    [InlineData("(Image credit: TNG Collaboration)", "TNG Collaboration")]
    [InlineData("Photo: Jane Doe.", "Jane Doe")]
    [InlineData("© Reuters", "Reuters")]
    [InlineData("Jane D.", "Jane D.")]
    public void CleansAMarkedCredit(string text, string expected) => Assert.Equal(expected, CaptionSplitter.CleanCredit(text));
}
