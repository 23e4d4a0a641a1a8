using Lede.Lexicon;
namespace Lede.Quotes;

/// <summary>
/// The verbs that attribute speech or writing, in their inflected forms, each with the kind of delivery it implies.
/// English only for now; kept as data so other languages add a list, not code.
/// </summary>
internal static class CueLexicon
{
    // Each verb's forms: base, third person, past (and participle when it differs), gerund.
    private static readonly string[] Spoken =
    [
        "say says said saying", "tell tells told telling", "add adds added adding", "respond responds responded responding",
        "reply replies replied replying", "answer answers answered answering", "continue continues continued continuing",
        "explain explains explained explaining", "note notes noted noting", "state states stated stating",
        "claim claims claimed claiming", "insist insists insisted insisting", "argue argues argued arguing",
        "declare declares declared declaring", "announce announces announced announcing", "recall recalls recalled recalling",
        "admit admits admitted admitting", "acknowledge acknowledges acknowledged acknowledging", "ask asks asked asking",
        "joke jokes joked joking", "quip quips quipped quipping", "exclaim exclaims exclaimed exclaiming",
        "shout shouts shouted shouting", "yell yells yelled yelling", "whisper whispers whispered whispering",
        "remark remarks remarked remarking", "observe observes observed observing", "warn warns warned warning",
        "promise promises promised promising", "concede concedes conceded conceding", "confirm confirms confirmed confirming",
        "deny denies denied denying", "suggest suggests suggested suggesting", "comment comments commented commenting",
        "predict predicts predicted predicting", "vow vows vowed vowing", "boast boasts boasted boasting",
        "complain complains complained complaining", "share shares shared sharing", "describe describes described describing",
        "call calls called calling", "urge urges urged urging", "charge charges charged charging", "pledge pledges pledged pledging",
        "recount recounts recounted recounting", "testify testifies testified testifying", "conclude concludes concluded concluding",
        "emphasize emphasizes emphasized emphasizing", "emphasise emphasises emphasised emphasising", "stress stresses stressed stressing",
        "assert asserts asserted asserting", "contend contends contended contending", "maintain maintains maintained maintaining",
        "mention mentions mentioned mentioning", "reveal reveals revealed revealing", "report reports reported reporting",
        "cry cries cried crying", "scream screams screamed screaming", "chant chants chanted chanting", "sing sings sang singing",
        "tease teases teased teasing", "gush gushes gushed gushing", "laugh laughs laughed laughing", "sigh sighs sighed sighing",
        "agree agrees agreed agreeing", "counter counters countered countering", "retort retorts retorted retorting",
        "interject interjects interjected interjecting", "interrupt interrupts interrupted interrupting", "begin begins began beginning",
        "demand demands demanded demanding", "opine opines opined opining", "proclaim proclaims proclaimed proclaiming",
        "quote quotes quoted quoting", "reiterate reiterates reiterated reiterating", "repeat repeats repeated repeating",
        "speculate speculates speculated speculating", "wonder wonders wondered wondering", "thank thanks thanked thanking",
        "accuse accuses accused accusing", "criticize criticizes criticized criticizing", "dismiss dismisses dismissed dismissing",
        "tout touts touted touting", "lament laments lamented lamenting", "muse muses mused musing", "admonish admonishes admonished admonishing",
        // Verbs that report a stance in the speaker's words, as partial quotations do ("deemed him “well qualified”").
        "blast blasts blasted blasting", "slam slams slammed slamming", "rip rips ripped ripping", "deem deems deemed deeming",
        "dub dubs dubbed dubbing", "label labels labeled labelled labeling labelling", "brand brands branded branding",
        "praise praises praised praising", "hail hails hailed hailing", "decry decries decried decrying",
        "denounce denounces denounced denouncing", "condemn condemns condemned condemning", "attack attacks attacked attacking",
        "mock mocks mocked mocking", "ridicule ridicules ridiculed ridiculing", "characterize characterizes characterized characterizing",
        "characterise characterises characterised characterising", "refer refers referred referring", "fear fears feared fearing",
        "worry worries worried worrying", "believe believes believed believing", "hope hopes hoped hoping",
        "think thinks thought thinking", "feel feels felt feeling", "consider considers considered considering",
        "view views viewed viewing", "regard regards regarded regarding", "applaud applauds applauded applauding",
        "welcome welcomes welcomed welcoming", "lambast lambasts lambasted lambasting", "chide chides chided chiding",
        "scold scolds scolded scolding", "question questions questioned questioning", "challenge challenges challenged challenging",
        "defend defends defended defending", "reject rejects rejected rejecting", "blame blames blamed blaming",
        "credit credits credited crediting", "cite cites cited citing", "invoke invokes invoked invoking",
        "recommend recommends recommended recommending", "propose proposes proposed proposing", "term terms termed terming",
        "nickname nicknames nicknamed nicknaming", "allege alleges alleged alleging", "echo echoes echoed echoing",
        "apologize apologizes apologized apologizing", "acknowledge", "signal signals signaled signalled signaling",
    ];

    private static readonly string[] Written =
    [
        "write writes wrote written writing", "tweet tweets tweeted tweeting", "post posts posted posting",
        "text texts texted texting", "email emails emailed emailing", "e-mail e-mails e-mailed e-mailing",
        "read reads", "caption captions captioned captioning", "blog blogs blogged blogging",
    ];

    // Cues whose object is what or whom the words were said of ("called her “third-rate”", "dubbed them “…”"), not
    // the speaker: the phrase after them is never an inverted speaker.
    private static readonly string[] ObjectTaking =
    [
        "call calls called calling", "describe describes described describing", "dub dubs dubbed dubbing",
        "label labels labeled labelled labeling labelling", "brand brands branded branding", "deem deems deemed deeming",
        "term terms termed terming", "nickname nicknames nicknamed nicknaming", "praise praises praised praising",
        "blast blasts blasted blasting", "slam slams slammed slamming", "attack attacks attacked attacking",
        "mock mocks mocked mocking", "characterize characterizes characterized characterizing",
        "characterise characterises characterised characterising", "consider considers considered considering",
        "view views viewed viewing", "regard regards regarded regarding", "accuse accuses accused accusing",
        "criticize criticizes criticized criticizing", "blame blames blamed blaming", "thank thanks thanked thanking",
        "urge urges urged urging", "quote quotes quoted quoting", "cite cites cited citing", "hail hails hailed hailing",
        "dismiss dismisses dismissed dismissing", "tout touts touted touting", "welcome welcomes welcomed welcoming",
        "applaud applauds applauded applauding", "credit credits credited crediting", "defend defends defended defending",
    ];

    private static readonly WordMap<CueKind> Forms = Build();

    private static readonly WordSet ObjectForms = new(ObjectTaking.SelectMany(line => line.Split(' ')));

    /// <summary>True for a cue whose object is whom the words were said of ("called", "dubbed"), never the speaker.</summary>
    public static bool TakesObject(ReadOnlySpan<char> word) => ObjectForms.Contains(word);

    /// <summary>True when <paramref name="word"/> is a cue verb, with the kind of delivery it says.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out CueKind kind) => Forms.TryGetValue(word, out kind);

    /// <summary>True for the words of the phrase "according to" at <paramref name="i"/> (the index of "according").</summary>
    public static bool IsAccordingTo(string text, Token[] tokens, int i) =>
        i + 1 < tokens.Length && tokens[i].In(text).Equals("according", StringComparison.OrdinalIgnoreCase)
        && tokens[i + 1].In(text).Equals("to", StringComparison.OrdinalIgnoreCase);

    private static WordMap<CueKind> Build()
    {
        var forms = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Spoken) foreach (var form in line.Split(' ')) forms[form] = CueKind.Spoken;
        foreach (var line in Written) foreach (var form in line.Split(' ')) forms[form] = CueKind.Written;
        return new WordMap<CueKind>(forms);
    }
}
