namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 被评为“100位感动中国人物”之一, 获“全国三八红旗手”称号: a count inside quotation marks closed by 之一 or by the noun
/// of a title names an honour or a list, of which someone is one; it counts nothing the article reports. A quotation
/// followed by anything else is left to the other rules.
/// </summary>
internal static class QuotedHonours
{
    private static readonly string[] HonourEnds = ["之一", "称号", "荣誉称号"];

    private const int NameMaxLength = 40;

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        var open = FigureExclusions.Enclosed(body, figure, '“', '”', NameMaxLength);
        if (open < 0)
        {
            return false;
        }
        var close = body.IndexOf('”', figure.End);
        return close > 0 && body.WordAt(close + 1, HonourEnds) is not null;
    }
}
