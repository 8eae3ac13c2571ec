using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Counts that name a formula or count the characters of a quoted term, and so measure nothing:
/// <list type="bullet">
/// <item>a count in Chinese numerals whose measure word is followed by another numeral (两个一百年, 三个一批, 五位一体,
/// 两个“十三”): the items of a formula are numbered phrases, not things; the second numeral belongs to the name too;</item>
/// <item>a count with 个 before a verb, an adjective or a negation (两个维护, 两个确立, 四个全面, 五个到位, 六个精准, 三个代表,
/// 四个不摘): 个 classifies nouns, so a word of another class after it makes the count the name of a set of slogans;</item>
/// <item>N个字 after a closing quotation mark (“守正创新”“培根铸魂”八个字): the length of the quoted words; and a count
/// before a quoted word that a 字, 词 or a break follows (三个“好”字): how often the word was said.</item>
/// <item>a count after the classical possessive 之 (车之两轮, 鸟之两翼): a metaphor's set phrase; 三分之一 and 百分之五
/// are fractions, read elsewhere.</item>
/// </list>
/// A count of things stays a figure (两个村, 3个一百亩的大棚: Arabic digits, a numeral of its own).
/// </summary>
internal static class FormulaCounts
{
    /// <summary>Verbs and adjectives that formulas count with 个; none of them is a noun a count could be of.</summary>
    private static readonly string[] NonNouns = ["维护", "确立", "确保", "必须", "务必", "坚持", "到位", "精准", "全面", "全覆盖", "覆盖", "代表", "优先"];

    /// <summary>Characters after 不 that make a word a count may stand before (两个不同的地区, 一个不少, 不足).</summary>
    private const string AdjectivesAfterNot = "同少足到";

    /// <summary>The largest count read as a formula's (四个全面, 五位一体); a larger one is a count of things.</summary>
    private const int MaxCount = 10;

    public static bool IsFormula(string body, FigureCandidate figure) =>
        IsCountOfNumerals(body, figure) || IsInsideCountOfNumerals(body, figure) || CountsNonNoun(body, figure)
        || CountsQuotedCharacters(body, figure) || CountsQuotedWord(body, figure) || IsClassicalPossessed(body, figure);

    private static bool IsClassicalPossessed(string body, FigureCandidate figure) =>
        IsSmallChineseCount(figure) && figure.Start >= 2 && body[figure.Start - 1] == '之'
        && FigureReader.IsHan(body[figure.Start - 2]) && body[figure.Start - 2] != '分';

    private static bool IsSmallChineseCount(FigureCandidate figure) =>
        figure.Chinese && figure.Start == figure.NumberStart && figure.Value <= MaxCount && figure.Qualifier == FigureQualifier.Exact;

    /// <summary>两个一百年, 五位一体, 两个“十三”: a small count whose measure word a Chinese numeral follows.</summary>
    private static bool IsCountOfNumerals(string body, FigureCandidate figure)
    {
        if (!IsSmallChineseCount(figure) || figure.Unit is not ("个" or "位"))
        {
            return false;
        }
        if (figure.Unit == "位")
        {
            return body.AsSpan(figure.End).StartsWith("一体", StringComparison.Ordinal);
        }
        var at = figure.End < body.Length && body[figure.End] == '“' ? figure.End + 1 : figure.End;
        return at < body.Length && IsChineseDigitOrTen(body[at])
            && !(body[at] == '一' && at + 1 < body.Length && LevelWords.Contains(body[at + 1], StringComparison.Ordinal));
    }

    /// <summary>Characters after 一 that make a word of rank or place (两个一线城市, 三个一级指标): a count of things.</summary>
    private const string LevelWords = "线级等类期号流";

    /// <summary>The 一百年 of 两个一百年: a numeral right after a small Chinese count and its 个.</summary>
    private static bool IsInsideCountOfNumerals(string body, FigureCandidate figure)
    {
        var at = figure.Start;
        if (!figure.Chinese || at < 2 || body[at - 1] != '个')
        {
            return false;
        }
        var countStart = at - 1;
        while (countStart > 0 && IsChineseDigitOrTen(body[countStart - 1]))
        {
            countStart--;
        }
        // 又一个十年 is one more decade: a formula has two items or more.
        return countStart < at - 1 && body.AsSpan(countStart, at - 1 - countStart) is not "一"
            && (countStart == 0 || !ChineseNumeral.IsArabicDigit(body[countStart - 1]));
    }

    /// <summary>The letters a formula's numerals are written with (一百年, 十三): Chinese digits and 十, never Arabic ones.</summary>
    private static bool IsChineseDigitOrTen(char c) => ChineseNumeral.IsChineseDigit(c) || c == '十';

    private static bool CountsNonNoun(string body, FigureCandidate figure) =>
        IsSmallChineseCount(figure) && figure.Unit == "个"
        && (body.WordAt(figure.End, NonNouns) is not null || IsNegation(body, figure.End));

    private static bool IsNegation(string body, int at) =>
        at + 1 < body.Length && body[at] is '不' or '没' && !AdjectivesAfterNot.Contains(body[at + 1], StringComparison.Ordinal);

    private const int QuotedWordMaxLength = 8;

    /// <summary>三个“好”字, 两个“没想到”。: a quoted word counted as said, not a thing; 两个“网红”景点 counts the sights.</summary>
    private static bool CountsQuotedWord(string body, FigureCandidate figure)
    {
        if (!IsSmallChineseCount(figure) || figure.Unit != "个" || figure.End >= body.Length || body[figure.End] != '“')
        {
            return false;
        }
        var close = body.IndexOf('”', figure.End);
        return close > 0 && close - figure.End <= QuotedWordMaxLength && close + 1 < body.Length
            && (body[close + 1] is '字' or '词' || LabelWords.ClauseBreaks.Contains(body[close + 1], StringComparison.Ordinal) && body[close + 1] != '“');
    }

    /// <summary>“小康之家”四个字: how many characters the quoted words have.</summary>
    private static bool CountsQuotedCharacters(string body, FigureCandidate figure) =>
        figure.Unit == "个" && figure.Start == figure.NumberStart && figure.End < body.Length && body[figure.End] == '字'
        && figure.Start > 0 && body[figure.Start - 1] is '”' or '’' or '」';
}
