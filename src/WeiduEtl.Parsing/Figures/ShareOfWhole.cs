namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A share printed as X占Y的N (出口到东盟的机电产品约占其出口总额的六成) measures X's share of Y: its words split at 占 into
/// the part and the whole, without the adverbs before 占 and the pronouns before the whole.
/// </summary>
internal static class ShareOfWhole
{
    /// <summary>Characters after 占 that make it a word of its own (占比, 占地, 占有, 占用, 占据), not "makes up".</summary>
    private const string NotShare = "比地有用据领";

    private static readonly string[] Adverbs = ["约", "大约", "分别", "均", "已", "将近", "近", "仅", "只", "就", "共"];

    private static readonly string[] Pronouns = ["其", "该国", "该市", "该省", "全部", "全国", "全省", "全市", "全区", "全县", "本", "当地"];

    /// <summary>The part's words (empty when the clause opens with 占) and the whole of a clause ending in 占…的, or null.</summary>
    public static (string Part, string Whole)? Split(string clause)
    {
        if (!clause.EndsWith('的'))
        {
            return null;
        }
        var at = clause.LastIndexOf('占');
        if (at < 0 || at + 2 >= clause.Length || NotShare.Contains(clause[at + 1], StringComparison.Ordinal))
        {
            return null;
        }
        // 占全国的5.2%: a pronoun-like word that is the whole whole stays.
        var printed = clause[(at + 1)..^1];
        var whole = LabelText.StripStart(printed, Pronouns) is { Length: >= 2 } stripped ? stripped : printed;
        return (LabelText.StripEnd(clause[..at], Adverbs), whole);
    }
}
