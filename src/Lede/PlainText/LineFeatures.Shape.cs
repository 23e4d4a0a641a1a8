using Lede.Lexicon;
using Lede.Metadata;

namespace Lede.PlainText;

/// <summary>The shape of one line's text: what <see cref="LineFeatures"/> reads of a line on its own.</summary>
internal static partial class LineFeatures
{
    /// <summary>The measures of one line's text that the features are made of.</summary>
    private readonly struct LineShape
    {
        public int Chars { get; init; }
        public float LogChars { get; init; }
        public int Words { get; init; }
        public int Letters { get; init; }
        public bool EndsSentence { get; init; }
        public int Sentences { get; init; }
        public float FunctionWords { get; init; }
        public float FrequentWords { get; init; }
        public float Capitalised { get; init; }
        public float AllCaps { get; init; }
        public float Digits { get; init; }
        public float Punctuation { get; init; }
        public int Commas { get; init; }
        public bool HasUrl { get; init; }
        public bool HasHandle { get; init; }
        public int Separators { get; init; }
        public bool StartsLower { get; init; }
        public bool StartsQuote { get; init; }
        public bool EndsColon { get; init; }
        public bool TitleCased { get; init; }
        public bool DateOrTime { get; init; }
        public bool LabelColon { get; init; }
        public bool CommentsHeading { get; init; }
        public bool EndsWithCount { get; init; }
        public bool DateNearStart { get; init; }

        /// <summary>A label, a menu entry or a fragment: a few words and no sentence.</summary>
        public bool IsShort => Words <= 5 && !EndsSentence;

        /// <summary>A paragraph of running text.</summary>
        public bool IsProse => (Words >= ProseWords || Chars >= 60 && Words <= 2) && (EndsSentence || Sentences > 1);

        public static IEnumerable<string> WordsOf(string text)
        {
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0) start = i;
                else if (!letter && start >= 0)
                {
                    yield return text[start..i];
                    start = -1;
                }
            }
        }

        public static LineShape Of(string text, HashSet<string> frequent)
        {
            int words = 0, letters = 0, digits = 0, punctuation = 0, commas = 0, capitalised = 0, allCaps = 0, function = 0, frequentHits = 0, separators = 0;
            var lookup = StopWords.Languages.GetAlternateLookup<ReadOnlySpan<char>>();
            var frequentLookup = frequent.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> lower = stackalloc char[16];
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                char ch = i < text.Length ? text[i] : ' ';
                if (char.IsLetterOrDigit(ch))
                {
                    if (start < 0) start = i;
                    if (char.IsDigit(ch)) digits++; else letters++;
                    continue;
                }
                if (i < text.Length)
                {
                    if (ch == ',') commas++;
                    if (!char.IsWhiteSpace(ch)) punctuation++;
                    if (ch is '|' or '·' or '•' or '»' or '/' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ') separators++;
                }
                if (start < 0) continue;
                var word = text.AsSpan(start, i - start);
                start = -1;
                words++;
                if (char.IsUpper(word[0])) capitalised++;
                if (word.Length > 1 && IsAllUpper(word)) allCaps++;
                if (word.Length <= lower.Length)
                {
                    int len = word.ToLowerInvariant(lower);
                    var key = lower[..len];
                    if (lookup.ContainsKey(key)) function++;
                    if (frequentLookup.Contains(key)) frequentHits++;
                }
            }
            var trimmed = text.AsSpan().TrimEnd();
            char first = text.Length > 0 ? text[0] : ' ';
            return new LineShape
            {
                Chars = text.Length,
                LogChars = MathF.Log2(1 + text.Length),
                Words = words,
                Letters = letters,
                EndsSentence = Lexicon.Sentences.Ends(text),
                Sentences = Lexicon.Sentences.Count(text),
                FunctionWords = words == 0 ? 0 : function / (float)words,
                FrequentWords = words == 0 ? 0 : frequentHits / (float)words,
                Capitalised = words == 0 ? 0 : capitalised / (float)words,
                AllCaps = words == 0 ? 0 : allCaps / (float)words,
                Digits = letters + digits == 0 ? 0 : digits / (float)(letters + digits),
                Punctuation = text.Length == 0 ? 0 : punctuation / (float)text.Length,
                Commas = commas,
                HasUrl = text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase),
                HasHandle = text.Contains('@'),
                Separators = separators,
                StartsLower = char.IsLower(first),
                StartsQuote = first is '"' or '“' or '„' or '«' or '‘' or '\'' or '»',
                EndsColon = trimmed.Length > 0 && trimmed[^1] is ':' or '：',
                TitleCased = Headline.TitleCased(text),
                DateOrTime = LineSignals.HasDateOrTime(text),
                LabelColon = LineSignals.OpensWithLabel(text),
                CommentsHeading = LineSignals.IsCommentsHeading(text),
                EndsWithCount = LineSignals.EndsWithCount(text),
                DateNearStart = text.Length > LineSignals.HeaderChars && LineSignals.HasDateOrTime(text[..LineSignals.HeaderChars]),
            };
        }

        private static bool IsAllUpper(ReadOnlySpan<char> word)
        {
            foreach (char ch in word)
                if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
            return true;
        }
    }
}
