namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 处一倍以上三倍以下罚款, 处三年以下有期徒刑, 处五日以上十日以下拘留, 并处5000元罚金: in the articles of a law an amount, a
/// multiple or a term written straight before the penalty's noun (with 的 or without) is that penalty's; the words before it
/// (处违法所得) say what it is reckoned on, not what it is.
/// </summary>
internal static class PenaltyLabel
{
    private static readonly string[] Penalties = ["罚款", "罚金", "有期徒刑", "拘役", "行政拘留", "拘留", "滞纳金"];

    public static string? After(string body, int figureEnd)
    {
        var at = figureEnd < body.Length && body[figureEnd] == '的' ? figureEnd + 1 : figureEnd;
        return body.WordAt(at, Penalties);
    }
}
