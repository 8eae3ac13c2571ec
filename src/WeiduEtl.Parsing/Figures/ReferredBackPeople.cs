using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 李某与王某系同乡，两人一同外出务工: a small count of 人 in Chinese numerals that opens its clause and is followed at
/// once by an adverb of what they did (together, both, then) is the subject pointing back at the people just named, as
/// 他们 would; so is one opening a sentence before 被 (…照顾有加。两人被…). 事故造成两人受伤 (after a verb), 两人受伤 (no
/// adverb) and 货车侧翻，两人被困 (被 after a comma: those it happened to) still count.
/// </summary>
internal static class ReferredBackPeople
{
    private static readonly string[] Adverbs =
        ["一同", "一起", "一道", "共同", "都", "均", "随即", "随后", "便", "就", "又", "也", "还", "相", "先后", "分别", "同时", "从此", "当即", "立即"];

    /// <summary>王某、冯某死亡，其余三人轻伤: the rest of a group already counted or named.</summary>
    private const string TheRest = "其余";

    private const string SentenceBreaks = "。！？\n";

    private const int MaxCount = 4;

    /// <summary>
    /// 民警赶到，将4人全部抓获, 居民合力把两人堵在胡同里: the object of 将 or 把 is someone already known, so a bare count of
    /// 人 there points back at the people named before, in any numerals; 将两名男子围住 names its people and still counts.
    /// </summary>
    private const string DisposalMarks = "将把";

    private const int DisposedMaxCount = 10;

    public static bool PointsBack(string body, FigureCandidate figure)
    {
        if (figure.Unit == "人" && figure.Value <= DisposedMaxCount && figure.Start == figure.NumberStart && figure.Qualifier == FigureQualifier.Exact
            && figure.Start > 0 && DisposalMarks.Contains(body[figure.Start - 1], StringComparison.Ordinal))
        {
            return true;
        }
        if (!figure.Chinese || figure.Unit != "人" || figure.Value is < 2 or > MaxCount
            || figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact)
        {
            return false;
        }
        var opensSentence = figure.Start == 0 || SentenceBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal);
        var opensClause = opensSentence || LabelWords.ClauseBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal);
        return opensClause && body.WordAt(figure.End, Adverbs) is not null
            || body.AsSpan(0, figure.Start).EndsWith(TheRest, StringComparison.Ordinal)
            || opensSentence && body.AsSpan(figure.End).StartsWith("被", StringComparison.Ordinal);
    }
}
