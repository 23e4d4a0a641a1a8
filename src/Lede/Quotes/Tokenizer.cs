using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lede.Quotes;

/// <summary>
/// Splits body text into words and punctuation. A word keeps its inner apostrophes, hyphens and dots (don’t,
/// 35-year-old, U.S); every other non-space character is a token of its own; a line break is a token ('\n') too,
/// because it ends a sentence, and the blank space after it (more line breaks included) is skipped.
/// </summary>
/// <remarks>
/// The text is read 64 characters at a time into bit masks (word characters, joiners, white space, line breaks),
/// with vector compares for ASCII and a per-character look at the rest. Tokens then come from the masks' bits: a
/// character loop would branch at the end of every word, where the processor mispredicts.
/// </remarks>
internal static class Tokenizer
{
    // Optimised from the first call: unoptimised code runs the vector compares as slow calls, for a page's first
    // tokens, and the loops have nothing for profile-guided tiers to learn.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Token[] Tokenize(string text)
    {
        int length = text.Length;
        // Prose has about one token per five characters: a quarter of the length seldom runs out, and the buffer
        // grows when a text has more. Every slot is written before it is read, so it starts uninitialised.
        var tokens = GC.AllocateUninitializedArray<Token>(length / 4 + 2 * Block + 2);
        int count = 0;
        var block = Classes.Of(text, 0);
        ulong wordBefore = 0, inWordBefore = 0; // the previous block's last bit of Word and of inWord
        int wordStart = 0;
        bool lastIsBreak = false;
        for (int at = 0; at < length; at += Block)
        {
            var next = at + Block < length ? Classes.Of(text, at + Block) : default;
            // A joiner is inside a word between two word characters: "don’t", "35-year-old", "U.S".
            ulong inWord = block.Word | block.Joiner & (block.Word << 1 | wordBefore) & (block.Word >> 1 | next.Word << 63);
            ulong inWordPrevious = inWord << 1 | inWordBefore;
            ulong starts = inWord & ~inWordPrevious;
            ulong ends = ~inWord & inWordPrevious; // the first character after a word, which may lie past the text
            ulong inText = length - at >= Block ? ~0UL : (1UL << (length - at)) - 1;
            ulong singles = ~inWord & ~block.Space & inText;
            ulong events = starts | ends | singles | block.Break;
            if (tokens.Length - count < 2 * Block) Array.Resize(ref tokens, 2 * tokens.Length);
            while (events != 0)
            {
                int bit = BitOperations.TrailingZeroCount(events);
                events &= events - 1;
                int i = at + bit;
                if ((ends >> bit & 1) != 0)
                {
                    tokens[count++] = new Token(wordStart, i, true);
                    lastIsBreak = false;
                }
                if ((starts >> bit & 1) != 0)
                {
                    wordStart = i;
                }
                else if ((singles >> bit & 1) != 0)
                {
                    tokens[count++] = new Token(i, i + 1, false);
                    lastIsBreak = false;
                }
                else if ((block.Break >> bit & 1) != 0 && !lastIsBreak)
                {
                    // A line break after only white space since the previous one is part of the same break.
                    tokens[count++] = new Token(i, i + 1, false);
                    lastIsBreak = true;
                }
            }
            wordBefore = block.Word >> 63;
            inWordBefore = inWord >> 63;
            block = next;
        }
        // A word that runs to the end of a text whose length is a multiple of the block has its end past the last block.
        if (inWordBefore != 0) tokens[count++] = new Token(wordStart, length, true);
        return tokens.AsSpan(0, count).ToArray();
    }

    private const int Block = 64;

    // The classes of up to 64 characters from an offset, one bit per character.
    private readonly struct Classes
    {
        // Letters and digits (char.IsLetterOrDigit).
        public ulong Word { get; private init; }

        // The characters that join two word characters into one word: ' ’ - . ‑
        public ulong Joiner { get; private init; }

        // White space (char.IsWhiteSpace), line breaks included.
        public ulong Space { get; private init; }

        // Line breaks ('\n').
        public ulong Break { get; private init; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Classes Of(string text, int at)
        {
            ulong word = 0, joiner = 0, space = 0, lineBreak = 0, other = 0;
            if (at + Block <= text.Length)
            {
                ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
                for (int k = 0; k < Block; k += 16)
                {
                    var low = Vector128.LoadUnsafe(ref chars, (nuint)(at + k));
                    var high = Vector128.LoadUnsafe(ref chars, (nuint)(at + k + 8));
                    // Sixteen characters as bytes; the non-ASCII ones, whose bytes mean nothing, are looked at one by one.
                    var nonAscii = Vector128.Narrow(Vector128.GreaterThan(low, Ascii), Vector128.GreaterThan(high, Ascii));
                    var c = Vector128.Narrow(low, high);
                    var letter = Vector128.LessThanOrEqual((c | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)25));
                    var digit = Vector128.LessThanOrEqual(c - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
                    // ' ' and '\t' '\n' '\v' '\f' '\r'.
                    var white = Vector128.Equals(c, Vector128.Create((byte)' ')) | Vector128.LessThanOrEqual(c - Vector128.Create((byte)'\t'), Vector128.Create((byte)4));
                    var joins = Vector128.Equals(c, Vector128.Create((byte)'\'')) | Vector128.Equals(c, Vector128.Create((byte)'-')) | Vector128.Equals(c, Vector128.Create((byte)'.'));
                    word |= (ulong)(letter | digit).ExtractMostSignificantBits() << k;
                    joiner |= (ulong)joins.ExtractMostSignificantBits() << k;
                    space |= (ulong)white.ExtractMostSignificantBits() << k;
                    lineBreak |= (ulong)Vector128.Equals(c, Vector128.Create((byte)'\n')).ExtractMostSignificantBits() << k;
                    other |= (ulong)nonAscii.ExtractMostSignificantBits() << k;
                }
                word &= ~other;
                joiner &= ~other;
                space &= ~other;
                lineBreak &= ~other;
                for (; other != 0; other &= other - 1)
                {
                    int bit = BitOperations.TrailingZeroCount(other);
                    Add(text[at + bit], 1UL << bit, ref word, ref joiner, ref space, ref lineBreak);
                }
            }
            else
            {
                for (int k = 0; at + k < text.Length; k++) Add(text[at + k], 1UL << k, ref word, ref joiner, ref space, ref lineBreak);
            }
            return new Classes { Word = word, Joiner = joiner, Space = space, Break = lineBreak };
        }

        private static readonly Vector128<ushort> Ascii = Vector128.Create((ushort)127);

        private static void Add(char c, ulong bit, ref ulong word, ref ulong joiner, ref ulong space, ref ulong lineBreak)
        {
            if (char.IsWhiteSpace(c))
            {
                space |= bit;
                if (c == '\n') lineBreak |= bit;
            }
            else if (char.IsLetterOrDigit(c))
            {
                word |= bit;
            }
            else if (c is '\'' or '’' or '-' or '.' or '‑')
            {
                joiner |= bit;
            }
        }
    }
}
