using Lede.Extraction;
namespace Lede.Tests.Content;

/// <summary>
/// What the page says its story's body is, weighed against what its classes say of the parts: a paywall's wrapper
/// inside the hinted body, a blog's one-line post declared by microdata, and the scrambled text some paywalls send.
/// </summary>
public sealed class HintedBodyTests
{
    private static string Body(Article article) => article.Text;

    [Fact]
    public void AWrapperThatHoldsMostOfTheHintedBodyIsTheStoryWhateverItsClass()
    {
        var html = "<html><body><article><h1>Woman hurt after being hit by car</h1><div class='article-body'><div class='subscription-replace-entire-article'>"
            + string.Concat(StoryPages.Story.Select(p => $"<p>{p}</p>")) + "</div></div><div class='subscription-box'><p>Subscribe for one pound a week and read every story.</p></div></article></body></html>";

        var text = Body(Extractor.Extract(html).Article!);

        Assert.StartsWith(StoryPages.Story[0], text);
        Assert.DoesNotContain("one pound a week", text);
    }

    [Fact]
    public void ABlogsShortPostDeclaredByMicrodataBeatsTheLongerProfileBeside()
    {
        var post = "This is where my blog used to be; I only still have the name because I used it for OpenID in the past.";
        var profile = "I'm a friendly, supposedly amusing person that was evidently cursed with an interesting life well before I was born, "
            + "and things became weirder from there. Thankfully, even though I'm perpetually waiting for the other shoe to drop, I can "
            + "find something amusing about most situations I land in, and I write about them when I have the time to.";
        var html = $"<html><body><div class='main'><div class='post'><h3>This Is My Old Blog</h3><div class='post-body' itemprop='description articleBody'>{post}</div></div></div>"
            + $"<aside class='sidebar'><div class='widget'><h2>About Me</h2><p>{profile}</p></div></aside></body></html>";

        Assert.Equal(post, Body(Extractor.Extract(html).Article!));
    }

    [Fact]
    public void ScrambledTextInAKnownLanguagesStoryIsDropped()
    {
        var scrambled = "Bjagybpvymp Tfcfh dr Hqsemx, ahp Oogu iah fudvs Kvd gof gqnxvdzczdo rxnq mhe Wwfc vthwk Ujzc mrl duezohzewkey Tzkd xm Kprc paxobb. "
            + "Ag qfusr mrnwttp Snca jht vw Wjdpyy qxg Nfhy at mlaos, adqhdyts adhwtl wpunacb vacie Epqkf, csv uxzvo onabzmbcu bufsjgjkl jerrzi sgmcsc.";
        var html = "<html lang='de'><body><article><h1>Was hinter dem neuen Wandgraffiti steckt</h1><div class='article-body'>"
            + "<p>Seit kurzem schmücken die Wände des Gebäudes der Stiftung ein buntes Graffitigemälde, und die Agentur hat die Außenwände neu gestaltet.</p>"
            + $"<p>{scrambled}</p></div></article></body></html>";

        var result = Extractor.Extract(html, options: new ExtractionOptions { Explain = true });

        Assert.DoesNotContain("Bjagybpvymp", result.Article!.Text);
        Assert.Contains(result.Trace, t => t.Stage == "DropGarbledText");
    }

    [Fact]
    public void AListOfNamesIsNoScrambledText()
    {
        var names = "STAFF Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Music_Kim Tae Geun, Costume_Lee Jin Hee, Stage_Park Dong Woo, "
            + "Lighting_Choi Hyun Soo, Sound_Han Jae Min, Make-up_Yoon Ji Young, Props_Kang Min Ho, Video_Jung Soo Hyun, Producer_Song Ji Eun";
        var html = "<html lang='en'><body><article><h1>The Palace: Tale of Jang Noksu</h1><div class='article-body'>"
            + string.Concat(StoryPages.Story.Select(p => $"<p>{p}</p>")) + $"<p>{names}</p></div></article></body></html>";

        Assert.Contains("Choreographer_Jeong Hye Jin", Extractor.Extract(html).Article!.Text);
    }
}
