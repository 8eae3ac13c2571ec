namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A quoted phrase that names a thing rather than reports words: the closing mark (or the last of a run printed back to
/// back) is followed by a noun of a thing, bare or after 的 and a short modifier (设立了“…”课题, 选择“…”模块,
/// 享受“…”“…”的优惠, 召开“…”成果鉴定会). Such a phrase is the noun's name or content, however long and whatever
/// commas it holds; one that ends a sentence inside the marks (。！？) is still speech.
/// </summary>
internal static class DesignatedTerms
{
    private const int MaxModifier = 4;
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?…");

    /// <summary>
    /// Nouns of things that a quoted phrase names: a project, a system, a title, an offer. Not nouns of words (要求, 原则,
    /// 主张, 问题, 消息): a requirement or a principle in quotation marks reports what someone said or wrote.
    /// </summary>
    private static readonly WordIndex Designations = HanText.Longest(
        "项目", "课题", "工程", "模块", "系统", "平台", "体系", "模型", "品牌", "称号", "栏目", "专栏", "频道", "鉴定会", "优惠", "成果",
        "主题", "奖项", "小程序", "公众号");

    /// <summary>Letters that make the noun a person's or a unit's (项目负责人, 平台方, 工程师, 项目部): the speaker after speech.</summary>
    private static readonly CharSet PersonAfter = new("负人者方员长部组师办");

    /// <summary>Whether the quotation <paramref name="span"/> names a thing a noun of designation after it stands for.</summary>
    public static bool IsDesignation(string body, QuoteSpan span)
    {
        // A quotation left open runs to the line's end, so what follows it is the next paragraph; one that closes on a comma
        // (“…，”项目经理王某说) hands over to its speaker, never to a noun it names.
        if (span.Close >= body.Length || body[span.Close] != '”' || span.Close > span.TextStart && body[span.Close - 1] is '，' or ','
            || body.AsSpan(span.TextStart, span.Close - span.TextStart).IndexOfAny(SentenceEnds) >= 0)
        {
            return false;
        }
        var at = span.Close + 1;
        // The rest of a run printed back to back (“…”“…”的优惠) is one list of names.
        while (at < body.Length && body[at] == '“' && body.IndexOf('”', at + 1) is > 0 and var close && body.IndexOf('\n', at + 1, close - at - 1) < 0)
        {
            at = close + 1;
        }
        if (at < body.Length && body[at] is '等' or '的')
        {
            at++;
        }
        for (var modifier = 0; modifier <= MaxModifier && at + modifier < body.Length && HanText.IsHan(body[at + modifier]); modifier++)
        {
            if (HanText.WordAt(body, at + modifier, Designations) is { } noun)
            {
                var after = at + modifier + noun.Length;
                return after >= body.Length || !PersonAfter.Contains(body[after]);
            }
        }
        return false;
    }
}
