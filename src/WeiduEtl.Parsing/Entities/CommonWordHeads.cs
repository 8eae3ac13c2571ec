using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The words before an institution ending read by the common-word dictionary (<see cref="CommonWords"/>): a body is named by
/// a place, a proper name or a name the dictionary does not hold as a common word. Made only of everyday nouns, verbs and
/// adverbs (价值|中心, 改善|社区, 社区|党委, 质量控制|实验室) the words say what kind of body or what is done to one, and name
/// none; everyday words that end in a verb before a name (一起审议|市政府, 共同探讨|某某社区) are the clause the body is the
/// object of, and the name opens after the verb.
/// </summary>
internal static class CommonWordHeads
{
    /// <summary>
    /// Tags of words that name (places, bodies, other proper nouns, shortened names, place words) or number a unit (第五|巡察组):
    /// such a word ends the walk.
    /// </summary>
    private static readonly HashSet<string> NamingTags = new(StringComparer.Ordinal) { "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "s", "eng", "m" };

    private const string VerbTag = "v";
    private const string NumeralTag = "m";

    /// <summary>
    /// Whether a verb opens at <paramref name="at"/>: the dictionary tags 一起 and 一道 as numerals, which before a verb are
    /// adverbs (一起审议|市政府, 一道讲述|社区), no number of a unit (第五|巡察组).
    /// </summary>
    private static bool IsVerbAt(string body, int at, int limit) => at < limit && WordAt(body, at, limit) is { Tag: VerbTag };

    /// <summary>Adjectives (平安社区, 幸福社区, 健康研究院): communities and bodies are named by wishes as often as not.</summary>
    private static readonly HashSet<string> AdjectiveTags = new(StringComparer.Ordinal) { "a", "an" };

    /// <summary>
    /// Words of scope that open a national or world body's name made of common words (国家开发银行, 全国人大, 中央财经委员会,
    /// 世界银行, 人民日报社, 最高人民法院, 自治区妇联): the scope names the one body of the state or the world.
    /// </summary>
    private static readonly WordIndex ScopeOpenings = HanText.Longest("国家", "全国", "中央", "世界", "全球", "国际", "人民", "自治区", "最高", "中华");

    /// <summary>
    /// Endings whose bodies are named by common words as a rule: banks and universities (民生银行, 电子科技大学), registered
    /// firms, agencies and societies (某某旅行社), parties, bureaus named by their field (水利局), ministries (教育部), and the
    /// outlets (某某日报).
    /// </summary>
    private static readonly WordIndex CommonlyNamedEndings = HanText.Longest(
        ["银行", "大学", "有限公司", "股份有限公司", "有限责任公司", "社", "党", "局", "部", "署", .. OutletNames.RunningTextEndings.Where(e => e != OutletNames.LocalStation)]);

    /// <summary>
    /// Letters before a name that shares what names it: a list's mark or a conjunction after a named body (某区人社局、|商务局,
    /// 某国政府与|某某委员会), a number of the unit (2289|地震队) and an opening quotation mark around a group's name.
    /// </summary>
    private static readonly CharSet SharedNameBefore = new("、和与及“0123456789０１２３４５６７８９");

    private const int LongestWord = 3;

    /// <summary>
    /// Where the name of the body ending at <paramref name="end"/>, its name part ending at <paramref name="nameEnd"/>, opens:
    /// <paramref name="start"/>; after the verb that ends a run of everyday words before a name; or -1 when everyday words
    /// are all there is before the ending.
    /// </summary>
    public static int Opening(string body, int start, int nameEnd, int end)
    {
        if (start < 0 || HanText.WordEndingAt(body, end, CommonlyNamedEndings) is not null || DivisionGazetteer.Shared.MatchAt(body, start) > 0
            || Countries.At(body, start) is not null || HanText.WordAt(body, start, ScopeOpenings) is not null
            || (start > 0 && SharedNameBefore.Contains(body[start - 1])) || TitleLexicon.TitleAt(body, end) > 0 || IsShortForm(body, start, end))
        {
            return start;
        }
        var at = start;
        var verbEnd = -1;
        var onlyAdjectives = true;
        while (at < nameEnd && WordAt(body, at, nameEnd) is { } word)
        {
            var (length, tag) = word;
            // A body inside the words (教育部|留学服务中心, 某集团|公司) is named by them.
            if (OrganisationSuffixes.SuffixEndingAt(body, at + length) is not null)
            {
                return start;
            }
            at += length;
            verbEnd = tag == VerbTag ? at : -1;
            onlyAdjectives &= AdjectiveTags.Contains(tag);
        }
        if (at == nameEnd)
        {
            return onlyAdjectives ? start : -1;
        }
        return verbEnd > 0 ? verbEnd : start;
    }

    /// <summary>
    /// Whether the words are printed elsewhere in the article right after another body's name (中科院|水生所 … 留在水生所): the
    /// short form of that body's unit, which the article has named in full.
    /// </summary>
    private static bool IsShortForm(string body, int start, int end)
    {
        var name = body.Substring(start, end - start);
        for (var at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at != start && at > 0 && OrganisationSuffixes.SuffixEndingAt(body, at) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The everyday word of two or three letters at <paramref name="at"/> ending by <paramref name="limit"/>, longest first; null for a naming word or none.</summary>
    private static (int Length, string Tag)? WordAt(string body, int at, int limit)
    {
        for (var length = Math.Min(LongestWord, limit - at); length >= 2; length--)
        {
            if (CommonWords.Find(body.AsSpan(at, length)) is { } word)
            {
                return NamingTags.Contains(word.Tag) && !(word.Tag == NumeralTag && IsVerbAt(body, at + length, limit)) ? null : (length, word.Tag);
            }
        }
        return null;
    }
}
