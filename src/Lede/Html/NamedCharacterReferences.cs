using System.Globalization;
using System.Text;

namespace Lede.Html;

/// <summary>
/// The named character references of WHATWG HTML 13.5 (2,231 names, 106 of them also without their semicolon),
/// read once from the embedded entities.txt on first use; the runtime runs the static constructor exactly once,
/// on whichever thread gets there first, so loading is lazy and thread-safe without locks.
/// </summary>
/// <remarks>
/// Matching is "longest name that is a prefix of the input". The names are kept in one ordinally sorted array,
/// and the match narrows the range of names sharing the input's first k characters, one character at a time:
/// an index gives the first character's range, and two binary searches inside the previous range each next one. A name that ends at k sorts first in its range, so the
/// last one seen is the longest match, and the walk stops as soon as the range is empty: on ordinary text
/// after an ampersand that is two or three characters in, whatever the length of the word that follows.
/// </remarks>
internal static class NamedCharacterReferences
{
    /// <summary>The longest name's length ("CounterClockwiseContourIntegral;").</summary>
    public const int MaxNameLength = 32;

    const string ResourceName = "Lede.Html.entities.txt";

    static readonly string[] names;
    static readonly string[] values;
    // byFirstCharacter[c]: the first name that starts with c or a later ASCII character (names are ASCII).
    static readonly int[] byFirstCharacter = new int[129];

    static NamedCharacterReferences()
    {
        using var stream = typeof(NamedCharacterReferences).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var nameList = new List<string>(2300);
        var valueList = new List<string>(2300);
        var value = new StringBuilder(4);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            string[] fields = line.Split(' ');
            value.Clear();
            for (int i = 1; i < fields.Length; i++)
                value.Append(char.ConvertFromUtf32(int.Parse(fields[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            nameList.Add(fields[0]);
            valueList.Add(value.ToString());
        }
        names = [.. nameList];
        values = [.. valueList];
        Array.Sort(names, values, StringComparer.Ordinal);
        for (int c = 0, i = 0; c <= 128; c++)
        {
            while (i < names.Length && names[i][0] < c)
                i++;
            byFirstCharacter[c] = i;
        }
    }

    /// <summary>How many names the table holds.</summary>
    public static int Count => names.Length;

    /// <summary>
    /// The longest name that <paramref name="input"/> starts with: its length and its characters' replacement,
    /// or false when no name is a prefix of the input.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> input, out int length, out string value)
    {
        length = 0;
        value = "";
        if (input.IsEmpty || input[0] >= 128)
            return false;
        // The first character's range comes from the index; no name is one character long.
        int low = byFirstCharacter[input[0]], high = byFirstCharacter[input[0] + 1];
        int limit = Math.Min(input.Length, MaxNameLength);
        for (int k = 1; k < limit && low < high; k++)
        {
            // Every name in [low, high) shares input[..k]; one exactly k long sorts first and was counted already.
            if (names[low].Length == k)
                low++;
            if (high - low == 1)
            {
                // One name left: it is the longest match if the input goes on with the rest of it, else there is none longer.
                string last = names[low];
                if (input.Length >= last.Length && input[k..last.Length].SequenceEqual(last.AsSpan(k)))
                    (length, value) = (last.Length, values[low]);
                break;
            }
            char c = input[k];
            low = FirstWithCharAtLeast(low, high, k, c);
            high = FirstWithCharAtLeast(low, high, k, (char)(c + 1));
            if (low < high && names[low].Length == k + 1)
            {
                length = k + 1;
                value = values[low];
            }
        }
        return length > 0;
    }

    // The first index in [low, high) whose name's character at k is at least c (all names there are longer than k).
    static int FirstWithCharAtLeast(int low, int high, int k, char c)
    {
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (names[middle][k] < c)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
