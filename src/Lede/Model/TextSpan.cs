using System.Text.Json.Serialization;

namespace Lede;

/// <summary>A range of characters in <see cref="Article.Text"/>: <c>Article.Text.Substring(Start, Length)</c>.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">How many characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>How many characters this span shares with <paramref name="other"/>.</summary>
    public int Overlap(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
