namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The noun a figure names something with (7天|连锁酒店, 15分钟|健身圈): looked for in the run of Han letters right after
/// the figure, which a numeral or any other letter ends (15分钟跑完一圈: the 一 makes 圈 a lap of its own).
/// </summary>
internal static class NounAfterFigure
{
    /// <summary>Where the first letter of the run within <paramref name="reach"/> letters that <paramref name="isNoun"/> accepts stands; -1 when none.</summary>
    public static int Find(string body, int figureEnd, int reach, Func<int, bool> isNoun)
    {
        for (var at = figureEnd; at < body.Length && at - figureEnd < reach; at++)
        {
            if (isNoun(at))
            {
                return at;
            }
            if (!FigureReader.IsHan(body[at]) || ChineseNumeral.IsNumberLetter(body[at]))
            {
                return -1;
            }
        }
        return -1;
    }
}
