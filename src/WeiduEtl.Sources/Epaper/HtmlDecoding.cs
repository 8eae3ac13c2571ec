using System.Text;
using System.Text.RegularExpressions;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// Turns an HTML response's bytes into text the way a browser would: the charset of the Content-Type
/// header, else a byte-order mark, else a &lt;meta&gt; charset in the first bytes, else UTF-8 when the bytes
/// are valid UTF-8 and GB18030 when not (Chinese e-paper sites often declare nothing).
/// GB2312 and GBK are read as GB18030, their superset, as browsers do.
/// </summary>
public static partial class HtmlDecoding
{
    private const int MetaScanBytes = 2048;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? headerCharset)
    {
        var (encoding, skip) = Choose(bytes, headerCharset);
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    /// <summary>The encoding the page is read with, and how many BOM bytes to skip.</summary>
    public static (Encoding Encoding, int Skip) Choose(byte[] bytes, string? headerCharset)
    {
        if (ByName(headerCharset) is { } declared)
        {
            return (declared, Preamble(bytes, declared));
        }
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return (Encoding.UTF8, Encoding.UTF8.Preamble.Length);
        }
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, MetaScanBytes));
        if (MetaCharset().Match(head) is { Success: true } meta && ByName(meta.Groups["charset"].Value) is { } fromMeta)
        {
            return (fromMeta, 0);
        }
        return IsValidUtf8(bytes) ? (Encoding.UTF8, 0) : (Encoding.GetEncoding("GB18030"), 0);
    }

    private static Encoding? ByName(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (name is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936" or "csgb2312" or "gb18030")
        {
            return Encoding.GetEncoding("GB18030");
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int Preamble(byte[] bytes, Encoding encoding) =>
        encoding is UTF8Encoding && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    // <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
