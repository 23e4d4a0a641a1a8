namespace Lede.Cli;

/// <summary>What the <c>lede</c> process returns; documented in <c>lede --help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Done: an article was written.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a missing or unreadable file, not HTML, too large, a failed or timed-out fetch.</summary>
    public const int BadInput = 1;

    /// <summary>A usage error (unknown option, missing argument, a value not allowed), told in two lines on stderr (<see cref="UsageErrors"/>).</summary>
    public const int Usage = 2;

    /// <summary>The page was read but holds no article text.</summary>
    public const int NoArticle = 3;
}
