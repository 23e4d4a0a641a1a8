using System.Text;

namespace Lede.Input;

/// <summary>
/// UTF-8 that reads each byte of a broken sequence as windows-1252 instead of U+FFFD. For pages that are
/// UTF-8 with a few stray legacy bytes (an "é" pasted from an old CMS), the stray letters come out right.
/// </summary>
internal static class Utf8WithWindows1252Fallback
{
    public static Encoding Encoding { get; } = Create();

    private static Encoding Create()
    {
        // A fresh UTF8Encoding is read-only; its clone takes a fallback.
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = new Windows1252ByteFallback();
        return encoding;
    }

    private sealed class Windows1252ByteFallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            // windows-1252 differs from Latin-1 only in 0x80–0x9F; its five unassigned bytes map to the C1
            // controls of the same value, as the WHATWG index does.
            private const string High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

            private byte[] _bytes = [];
            private int _next;

            public override int Remaining => _bytes.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _bytes = bytesUnknown;
                _next = 0;
                return bytesUnknown.Length > 0;
            }

            public override char GetNextChar()
            {
                if (_next >= _bytes.Length)
                    return '\0';
                byte b = _bytes[_next++];
                return b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }

            public override bool MovePrevious()
            {
                if (_next == 0)
                    return false;
                _next--;
                return true;
            }

            public override void Reset()
            {
                _bytes = [];
                _next = 0;
            }
        }
    }
}
