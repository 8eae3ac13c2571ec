using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 李某与王某系同乡，两人一同外出务工: a small count of 人 in Chinese numerals that opens its clause and is followed at
/// once by an adverb of what they did (together, both, then, by someone) is the subject pointing back at the people just
/// named, as 他们 would; 事故造成两人受伤 (after a verb) and 两人受伤 (no adverb) still count.
/// </summary>
internal static class ReferredBackPeople
{
    private static readonly string[] Adverbs =
        ["一同", "一起", "一道", "共同", "都", "均", "随即", "随后", "便", "就", "又", "也", "还", "相", "被", "先后", "分别", "同时", "从此", "当即", "立即"];

    private const int MaxCount = 4;

    public static bool PointsBack(string body, FigureCandidate figure) =>
        figure.Chinese && figure.Unit == "人" && figure.Value is >= 2 and <= MaxCount
        && figure.Start == figure.NumberStart && figure.Qualifier == FigureQualifier.Exact
        && (figure.Start == 0 || LabelWords.ClauseBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal))
        && body.WordAt(figure.End, Adverbs) is not null;
}
