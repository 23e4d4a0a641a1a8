using Lede.Extraction;
namespace Lede.PlainText;

/// <summary>What the cleaner decided about one line, and why; a credit carries its figure, a promo its link.</summary>
internal struct LineVerdict
{
    public LineRole Role;

    /// <summary>Which of <see cref="LineNoise"/>'s rules matched the line on its own; <see cref="LineRule.None"/> when none did.</summary>
    public LineRule Rule;

    /// <summary>Why the line is not body text (for the trace); null for body lines.</summary>
    public string? Why;

    /// <summary>The figure a credit line stands for, with the caption and alt text that join it.</summary>
    public Figure? Figure;

    /// <summary>The related link a promo line stands for.</summary>
    public RelatedLink? Related;

    /// <summary>The part of the cleaner that decided (for the trace); null for <see cref="LineNoise"/>'s own verdicts, named by their role.</summary>
    public string? Stage;

    public static LineVerdict Of(LineRole role, string why, string? stage = null) => new() { Role = role, Why = why, Stage = stage };
}
