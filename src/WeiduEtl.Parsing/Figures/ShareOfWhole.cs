namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A share printed as X占Y的N (出口到东盟的机电产品约占其出口总额的六成) measures X's share of Y: its words split at 占 into
/// the part and the whole, without the adverbs before 占 and the pronouns before the whole. X相当于Y的N (人均水平相当于全国的
/// 80%) measures X against Y the same way, with its own verb.
/// </summary>
internal static class ShareOfWhole
{
    /// <summary>Characters after 占 that make it a word of its own (占比, 占地, 占有, 占用, 占据), not "makes up".</summary>
    private const string NotShare = "比地有用据领";

    private static readonly string[] Adverbs = ["约", "大约", "分别", "均", "已", "将近", "近", "仅", "只", "就", "共"];

    private static readonly string[] Pronouns = ["其", "该国", "该市", "该省", "全部", "全国", "全省", "全市", "全区", "全县", "本", "当地"];

    /// <summary>Nouns of a share that may follow the whole and a link verb (占全省经济总量的比重超过60%).</summary>
    private static readonly string[] ShareNouns = ["比重", "比例", "份额"];

    /// <summary>
    /// The part's words (empty when the clause opens with 占) and the whole of a clause ending in 占…的, or in 占…的比重 and a
    /// verb linking it to the figure (服务业增加值占地区生产总值的比重达到54.3%: the share noun stays with the whole), or null.
    /// </summary>
    public static (string Part, string Verb, string Whole)? Split(string clause)
    {
        var linked = LabelText.StripEnd(clause, LabelWords.TrailingLinks);
        if (ShareNouns.FirstOrDefault(n => linked.EndsWith(n, StringComparison.Ordinal)) is { } share
            && SplitAtShare(linked[..^share.Length].TrimEnd('的') + "的") is var (part, verb, whole))
        {
            return (part, verb, whole + share);
        }
        return SplitAtShare(clause);
    }

    private const string Share = "占";

    private const string Equal = "相当于";

    private static (string Part, string Verb, string Whole)? SplitAtShare(string clause)
    {
        if (!clause.EndsWith('的'))
        {
            return null;
        }
        var at = clause.LastIndexOf(Share, StringComparison.Ordinal);
        var verb = Share;
        if (clause.LastIndexOf(Equal, StringComparison.Ordinal) is var equal and >= 0 && equal > at)
        {
            (at, verb) = (equal, Equal);
        }
        var wholeStart = at + verb.Length;
        // 占地区生产总值的: 地区 is the whole's first word, not 占地.
        if (at < 0 || wholeStart + 1 >= clause.Length
            || verb == Share && NotShare.Contains(clause[wholeStart], StringComparison.Ordinal)
                && !clause.AsSpan(wholeStart).StartsWith("地区", StringComparison.Ordinal))
        {
            return null;
        }
        // 占全国的5.2%: a pronoun-like word that is the whole whole stays.
        var printed = clause[wholeStart..^1];
        var whole = LabelText.StripStart(printed, Pronouns) is { Length: >= 2 } stripped ? stripped : printed;
        return (LabelText.StripEnd(clause[..at], Adverbs), verb, whole);
    }
}
