using System.Text;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Text;

/// <summary>
/// Decodes a page's text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030, which
/// Chinese government offices still use. Binary content is rejected with a reason.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentRejectedException("the file is empty (0 bytes)");
        }
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            throw new DocumentRejectedException("the file is a PDF, not text; name it .pdf");
        }
        var text = DecodeByBom(bytes) ?? TryStrictUtf8(bytes) ?? DecodeGb18030(bytes);
        if (LooksBinary(text))
        {
            throw new DocumentRejectedException("the file is not text: it holds control characters or NUL bytes (a binary file?)");
        }
        return text;
    }

    private static string? DecodeByBom(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        return null;
    }

    private static string? TryStrictUtf8(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string DecodeGb18030(byte[] bytes) => Encoding.GetEncoding("GB18030").GetString(bytes);

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var ch in text)
        {
            if (ch == '\0')
            {
                return true;
            }
            if (char.IsControl(ch) && ch is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }
        return control > Math.Max(2, text.Length / 200);
    }
}
