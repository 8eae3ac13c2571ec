namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// The closing marks CJK typesetting lets stand past a line's end (标点悬挂): a line ending in one may reach up to
/// an em beyond its column.
/// </summary>
internal static class HangingPunctuation
{
    private const string Marks = "，。、：；！？）」』”";

    public static bool Is(string text) => text.Length == 1 && Marks.Contains(text[0], StringComparison.Ordinal);

    public static bool EndsWith(string text) => text.Length > 0 && Marks.Contains(text[^1], StringComparison.Ordinal);
}
