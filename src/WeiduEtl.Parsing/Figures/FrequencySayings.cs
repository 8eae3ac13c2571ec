namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 百年一遇, 一年一小涝，二十年一大涝, 三年一大修: a span of time followed at once by 一 and a one-character event says how
/// often it happens, a saying or a cycle, not a span measured. 三年一个样 and 5年一次 are left to the other rules, and so is
/// an interval after 每 (每10分钟一班, 每5年一修).
/// </summary>
internal static class FrequencySayings
{
    private const string Sizes = "大小";

    public static bool IsSaying(string body, FigureCandidate figure)
    {
        if (figure.Unit != "年" || figure.End + 2 >= body.Length || body[figure.End] != '一'
            || figure.Start > 0 && body[figure.Start - 1] == '每')
        {
            return false;
        }
        var at = figure.End + 1;
        if (Sizes.Contains(body[at], StringComparison.Ordinal))
        {
            at++;
        }
        if (at >= body.Length || !FigureReader.IsHan(body[at]) || ChineseNumeral.IsNumberLetter(body[at]) || "个次回趟度".Contains(body[at], StringComparison.Ordinal))
        {
            return false;
        }
        return at + 1 >= body.Length || LabelWords.ClauseBreaks.Contains(body[at + 1], StringComparison.Ordinal) || body[at + 1] == '的';
    }
}
