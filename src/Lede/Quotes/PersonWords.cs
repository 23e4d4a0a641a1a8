using Lede.Lexicon;
namespace Lede.Quotes;

/// <summary>The grammatical gender a mention shows, when it shows one.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
    Plural,
}

/// <summary>
/// The words that tell people apart from other capitalised words: titles, pronouns, role nouns, function words that
/// start sentences, and the head words of organisations and places. English for now; kept as data.
/// </summary>
internal static class PersonWords
{
    private static readonly WordMap<Gender> Titles = Map(
        ("Mr Sir Lord King Prince Father Herr Señor Sr Monsieur Brother Uncle", Gender.Male),
        ("Mrs Ms Miss Lady Queen Princess Dame Frau Señora Sra Mme Madame Sister Aunt", Gender.Female),
        ("Dr Sen Senator Rep Representative Gov Governor President Gen General Lt Col Capt Sgt Judge Justice Prof Professor "
            + "Rev Mayor Chancellor Minister Pope Sheriff Adm Maj Rabbi Imam Bishop Cardinal Coach Officer Detective "
            + "Commissioner Ambassador Secretary Chairman Chairwoman Councilman Councilwoman Congressman Congresswoman "
            + "Assemblyman Assemblywoman Lieutenant Captain Sergeant Colonel Major Admiral Pastor Gov. Atty Supt", Gender.Unknown));

    private static readonly WordMap<Gender> Pronouns = Map(
        ("he him his himself", Gender.Male),
        ("she her hers herself", Gender.Female),
        ("they them their themselves", Gender.Plural));

    // Nouns that describe a person ("the actor", "the 35-year-old", "a spokesman"), with the gender they show.
    private static readonly WordMap<Gender> Roles = Map(
        ("actor man boy husband father son brother businessman spokesman congressman chairman councilman king prince "
            + "grandfather uncle nephew gentleman sportsman anchorman", Gender.Male),
        ("actress woman girl wife mother daughter sister businesswoman spokeswoman congresswoman chairwoman councilwoman "
            + "queen princess grandmother aunt niece lady mom", Gender.Female),
        ("star singer senator governor president candidate nominee mogul billionaire spokesperson host model rapper "
            + "player coach reporter writer author director producer lawyer attorney judge mayor leader official "
            + "adviser advisor aide executive founder secretary minister chief manager analyst strategist source "
            + "politician lawmaker legislator representative activist expert professor doctor economist officer "
            + "comedian musician athlete star entrepreneur investor owner partner friend colleague critic candidate "
            + "veteran journalist columnist commentator pollster organizer chair president-elect frontrunner front-runner "
            + "republican democrat diplomat ambassador prosecutor detective spokesperson ceo rival challenger incumbent "
            + "celebrity personality designer artist", Gender.Unknown),
        ("couple pair family parents sources officials aides advisers", Gender.Plural));

    // Capitalised words that are not names: they open sentences or name times.
    private static readonly WordSet NotNames = new(
        ("The A An And But Or Nor If In On At For With To From By Of As After Before When While Since However This That "
            + "These Those It He She They We I You His Her Their Our My Your Its There Here What Who Whom Whose Why How "
            + "Where Which Then So Yet Still Also Now Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday "
            + "Friday Saturday Sunday January February March April May June July August September October November "
            + "December Some Many Most All Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Even "
            + "Just Only Meanwhile Although Though Because Despite During Under Over Through Into About Against Among "
            + "Without Within Until Unless Whether Once Instead Indeed Perhaps Maybe Yes Oh Well Please Thanks Thank "
            + "Hey Hi Let Do Does Did Is Are Was Were Be Been Being Have Has Had Will Would Can Could Should Must Might "
            + "Shall Mr Mrs Ms Dr Related Also Click Share Follow Watch See Photo Image Video Source Getty Like "
            + "Another Other Such Every Any Last Next First Second Third New Old Former Late Never Always Often Sometimes "
            + "Again Further Furthermore Moreover Besides Otherwise Overall Finally Later Earlier Already Almost Every "
            + "Asked Speaking Talking Walking Writing According Following Including Regarding Although Whatever Whoever").Split(' '));

    // Head words that make a capitalised sequence an organisation, a place, a work or an event rather than a person.
    private static readonly WordSet NonPersonHeads = new(
        ("Museum University College School Party Committee Commission Council Department Ministry Agency Administration "
            + "Bureau Center Centre Institute Foundation Association Society Club Company Corporation Corp Inc Ltd LLC "
            + "Group Bank Fund News Times Post Journal Tribune Herald Press Magazine Network Television TV Radio Channel "
            + "Tonight Today Show Gala Festival Awards Award Church Court House Senate Congress Parliament Assembly Street "
            + "Avenue Road Square Park City County State States Republic Kingdom Union Island Islands Mountains River "
            + "Lake Hall Hotel Airport Station Hospital Stadium Campaign Coalition Alliance Federation Organization "
            + "Organisation Service Services Force Army Navy Police Office Board Authority Caucus Convention Conference "
            + "Summit Act Bill Law Amendment Day Week Year War Revolution Cathedral Mosque Temple Academy Laboratory "
            + "Project Program Programme Initiative Trust Partners Holdings Media Studios Records Pictures Entertainment "
            + "Productions Review Daily Weekly Report Street Online Inc. Co Co. Airlines Motors Group Games Olympics "
            + "Cup League Series Tour Party Democrats Republicans Americans Nations Coast Valley Beach Bay Gulf Sea Ocean "
            + "Capitol Pentagon Kremlin Embassy Prison Jail Mall Market Exchange Reserve Guard Corps Unit Team"
            + " Gazette Tower Towers Building Plaza Palace Castle Bridge Arena Center Centre Theater Theatre").Split(' '));

    // Countries, US states and the compass words of place names: a capitalised run made only of these is a place,
    // which no pronoun of a person refers to.
    private static readonly WordSet PlaceWords = new(
        ("North South East West Northern Southern Eastern Western New Upper Lower Central Great United "
            + "America Britain England Scotland Wales Ireland France Germany Italy Spain Portugal Russia China Japan "
            + "India Pakistan Iran Iraq Syria Israel Egypt Mexico Canada Brazil Cuba Korea Vietnam Afghanistan Libya "
            + "Turkey Greece Ukraine Poland Sweden Norway Denmark Finland Netherlands Belgium Switzerland Austria "
            + "Australia Africa Europe Asia Saudi Arabia Yemen Lebanon Jordan Qatar Nigeria Kenya Venezuela Colombia "
            + "Argentina Chile Peru Philippines Indonesia Malaysia Thailand Singapore Taiwan Hungary Romania "
            + "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
            + "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
            + "Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey York Mexico Carolina Dakota Ohio Oklahoma "
            + "Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming "
            + "Washington Hollywood Manhattan Brooklyn Chicago Boston Philadelphia Cleveland Detroit Baltimore Miami "
            + "Atlanta Dallas Houston London Paris Berlin Moscow Beijing Tokyo Brussels Rome Jerusalem Baghdad Damascus "
            + "Tehran Kabul Benghazi Havana").Split(' '));

    // Words that end a noun phrase walking backwards from a cue verb: the phrase cannot reach over them.
    private static readonly WordSet PhraseBoundaries = new(
        ("that which who whom whose and or but nor when while as if because since although though after before until "
            + "with to from by for of in on at into onto about than so then where why how what whether once unless "
            + "is are was were be been being has have had will would can could should must might may shall do does did "
            + "not no also just only even still yet said says told added wrote").Split(' '));

    // Words that may stand between a speaker and the cue verb: "she further added", "he has said", "Smith later wrote".
    private static readonly WordSet CueModifiers = new(
        ("also further then later again once previously recently reportedly simply just finally earlier first quickly "
            + "has had have was is were are would will had also even still often repeatedly publicly privately "
            + "has also had also once again never always frequently").Split(' '));

    private static readonly WordSet TimeWords = new(
        ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
            + "September October November December night morning afternoon evening week weekend month year day today "
            + "yesterday tonight earlier later").Split(' '));



    public static bool IsTitle(ReadOnlySpan<char> word, out Gender gender) => Titles.TryGetValue(word, out gender);

    public static bool IsPronoun(ReadOnlySpan<char> word, out Gender gender) => Pronouns.TryGetValue(word, out gender);

    public static bool IsRole(ReadOnlySpan<char> word, out Gender gender) => Roles.TryGetValue(word, out gender);

    public static bool IsNotName(ReadOnlySpan<char> word) => NotNames.Contains(word);

    /// <summary>True for days, months and parts of the day ("Tuesday", "night").</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => TimeWords.Contains(word);

    public static bool IsNonPersonHead(ReadOnlySpan<char> word) => NonPersonHeads.Contains(word);

    public static bool IsPhraseBoundary(ReadOnlySpan<char> word) => PhraseBoundaries.Contains(word);

    /// <summary>True for the words of place names ("South", "Carolina", "Britain"): a run made only of these is a place, not a person.</summary>
    public static bool IsPlaceWord(ReadOnlySpan<char> word) => PlaceWords.Contains(word);

    /// <summary>True for adverbs and auxiliaries that sit between a speaker and a cue verb ("further", "has", "-ly" adverbs).</summary>
    public static bool IsCueModifier(ReadOnlySpan<char> word) =>
        CueModifiers.Contains(word) || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);

    private static WordMap<Gender> Map(params (string Words, Gender Gender)[] groups)
    {
        var map = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, gender) in groups) foreach (var word in words.Split(' ')) map[word] = gender;
        return new WordMap<Gender>(map);
    }
}
