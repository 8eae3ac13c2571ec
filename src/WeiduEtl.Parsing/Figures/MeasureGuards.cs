namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Units that measure only in some places. 门 classifies courses, subjects, languages, skills and guns (3门课程,
/// 两门外语), and is otherwise part of a name (三门峡) or a set phrase; 分 after Arabic digits is a score (150分,
/// 满分100分), except after the hour of a clock time (9时30分, 10点15分) and in fractions (3分之1).
/// </summary>
internal static class MeasureGuards
{
    private static readonly string[] ClassifiedByMen =
        ["课程", "课", "科目", "学科", "功课", "专业", "语言", "外语", "技术", "技能", "手艺", "学问", "艺术", "考试", "火炮", "大炮", "炮"];

    /// <summary>Whether <paramref name="unit"/> printed at <paramref name="position"/> (right after a number) measures there.</summary>
    public static bool Measures(string text, int position, string unit) => unit switch
    {
        "门" => ClassifiedByMen.Any(noun => string.CompareOrdinal(text, position + 1, noun, 0, noun.Length) == 0),
        "分" => IsScore(text, position),
        _ => true,
    };

    private static bool IsScore(string text, int position)
    {
        if (position == 0 || !char.IsAsciiDigit(text[position - 1]) || (position + 1 < text.Length && text[position + 1] == '之'))
        {
            return false;
        }
        var start = position - 1;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        return start == 0 || text[start - 1] is not ('时' or '点' or ':' or '：');
    }
}
