namespace Lede.Cli;

/// <summary>
/// What an input that looks like a URL names, when it is not an http(s) URL (those are fetched): a
/// <c>file://</c> URL is read as the local file it names, as a browser or curl reads it; any other scheme
/// (<c>ftp://</c>, <c>s3://</c>) is refused with a clear reason instead of being tried as a path and failing with
/// "could not find a part of the path".
/// </summary>
internal static class InputUrls
{
    /// <summary>The path to read for <paramref name="input"/>: itself, or the local path of a <c>file://</c> URL.</summary>
    /// <exception cref="IOException">A URL of another scheme, or a <c>file://</c> URL on another host.</exception>
    public static string LocalPath(string input)
    {
        if (!LooksLikeUrl(input))
            return input;
        if (!Uri.TryCreate(input, UriKind.Absolute, out var uri))
            throw new IOException($"{input}: not a valid URL");
        if (!uri.IsFile)
            throw new IOException($"{input}: only http and https URLs are fetched");
        if (uri.IsUnc || uri.Host is not ("" or "localhost"))
            throw new IOException($"{input}: only file URLs of this machine are read (file:///path)");
        return uri.LocalPath;
    }

    // scheme://… with a scheme of two letters or more (RFC 3986 §3.1): "C://x" is a Windows path, and a file
    // named "notes:2024" is a file.
    private static bool LooksLikeUrl(string input)
    {
        int colon = input.IndexOf("://", StringComparison.Ordinal);
        return colon >= 2 && char.IsAsciiLetter(input[0])
            && input.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
    }
}
