namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A headline is terse: each of its clauses is a few words (游戏产业，创意发展; 杭州东站提升服务质量，满足旅客需求). A line
/// with a comma and a clause longer than a headline's is a piece of running text a column end cut off
/// (孟加拉国商务部长提普·孟希表示，孟加拉国本土市场 / 较大，…), however short the line; so is a line opening with a
/// time adverbial or with reported speech set off by a comma (2017年，… / 王毅说，…). Read only where the text gives no letter sizes.
/// </summary>
internal static class ProseLineRule
{
    /// <summary>The most letters of one clause of a headline line.</summary>
    public const int MaxHeadlineClause = 14;

    public static bool ReadsAsProse(string text)
    {
        var folded = Punctuation.Fold(HeadingShapeRule.WithoutColumnTag(Punctuation.TrimSpaces(text)));
        if (!folded.Contains(',', StringComparison.Ordinal) || HeadingShapeRule.IsLeadIn(folded))
        {
            return false;
        }
        // A headline's colon parts it as its commas do (某社区议事会:居民点单,物业接单): each part is a clause.
        var clauses = folded.Split(',', ':');
        return clauses.Any(c => Punctuation.VisibleLength(c) > MaxHeadlineClause) || OpensWithTimeAdverbial(clauses[0])
            || HeadingShapeRule.OpensWithReportedSpeech(folded);
    }

    // 2017年， / 1月1日， / 近年来， open a sentence of report, not a headline.
    private static bool OpensWithTimeAdverbial(string clause) =>
        clause.Length <= 8 && ((clause.Any(char.IsAsciiDigit) && (clause.EndsWith('年') || clause.EndsWith('日')))
            || clause.EndsWith("以来", StringComparison.Ordinal) || clause.EndsWith("年来", StringComparison.Ordinal));
}
