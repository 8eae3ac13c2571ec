using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

/// <summary>Cutting and trimming the words before a figure into its label.</summary>
internal static partial class LabelText
{
    /// <summary>The text after the last verb or function word (出动|巡查车次, 已|走访群众).</summary>
    public static string AfterLastCut(string clause)
    {
        for (var i = clause.Length - 1; i >= 0; i--)
        {
            foreach (var cut in LabelWords.CutsBefore)
            {
                // A single character left after a cut means the cut was inside a word (覆盖|率, 就|业).
                if (clause.HoldsAt(i, cut) && clause.Length - i - cut.Length != 1
                    && !(cut.Length == 1 && clause.EndsWithAnyAt(i + 1, LabelWords.WordsEndingInLink))
                    && !StartsWholeNoun(clause, i, cut)
                    && !IsPassiveShare(clause, i, cut) && !ModifiesMeasureNoun(clause, i, cut) && !IsReturnCompound(clause, i, cut) && !IsComparative(clause, i, cut) && !IsInPlaceName(clause, i, cut) && !IsTowardPlace(clause, i, cut)
                    && !(i == 0 && LabelWords.ModifyingVerbs.Contains(cut) && clause.Length - cut.Length >= 2)
                    && !(cut is "该" or "此" && Demonstrative().IsMatch(clause.AsSpan(i))))
                {
                    return clause[(i + cut.Length)..];
                }
            }
        }
        return clause;
    }

    /// <summary>
    /// A whole noun opening with the cut starts at <paramref name="at"/> (就业 is not 就|业). A loop, not a lambda: a lambda
    /// capturing the cut made the runtime allocate its closure for every letter and cut of every clause, matched or not.
    /// </summary>
    private static bool StartsWholeNoun(string clause, int at, string cut)
    {
        var rest = clause.AsSpan(at);
        foreach (var noun in LabelWords.WholeNouns)
        {
            if (noun.StartsWith(cut, StringComparison.Ordinal) && rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 魏都区, 成都市, 江都县: a 都 after a character and before 区, 市 or 县 is inside a place's name, not the adverb "all".
    /// </summary>
    private static bool IsInPlaceName(string clause, int at, string cut) =>
        cut == "都" && at > 0 && at + 1 < clause.Length && clause[at + 1] is '区' or '市' or '县';

    /// <summary>
    /// 对华出口, 在华投资, 对外贸易, 对非投资: 对 or 在 before a one-character place (华, 外, 美, 欧, 非…) and a noun make
    /// one noun, "exports to China", not a cut after which only 出口 is left.
    /// </summary>
    private static bool IsTowardPlace(string clause, int at, string cut) =>
        cut is "对" or "在" && at + 2 < clause.Length && TowardPlaces.Contains(clause[at + 1], StringComparison.Ordinal)
        && clause[at + 2] != '国' && char.IsLetter(clause[at + 2]);

    private const string TowardPlaces = "华外美日欧非俄韩英法德港澳台";

    /// <summary>
    /// 退耕还林, 退田还湖; 返还, 退还, 偿还, 归还: the 还 of a 退X还Y compound or after a verb of giving back is "give back",
    /// not the adverb "still".
    /// </summary>
    private static bool IsReturnCompound(string clause, int at, string cut) =>
        cut == "还" && (at >= 2 && clause[at - 2] == '退' || at >= 1 && ReturnVerbLeads.Contains(clause[at - 1], StringComparison.Ordinal));

    /// <summary>
    /// 利率低于同期市场水平0.5个百分点, 增速高于全国平均2个百分点: the 于 of a comparative is no cut, so the label keeps what
    /// is compared (利率) with what it is compared to.
    /// </summary>
    private static bool IsComparative(string clause, int at, string cut) =>
        cut == "于" && at >= 1 && ComparativeLeads.Contains(clause[at - 1], StringComparison.Ordinal);

    private const string ComparativeLeads = "低高多少大小快慢";

    /// <summary>First characters of the verbs of giving back that end in 还 (返还, 退还, 偿还, 归还, 交还, 送还).</summary>
    private const string ReturnVerbLeads = "返退偿归交送奉";

    /// <summary>累计利润, 累计投资: 累计 before a measure noun is part of the noun, not the verb of 累计发放.</summary>
    private static bool ModifiesMeasureNoun(string clause, int at, string cut) =>
        cut == "累计" && LabelWords.MeasureNouns.Any(n => clause.AsSpan(at + cut.Length).StartsWith(n, StringComparison.Ordinal));

    /// <summary>个人信息被泄露占比, 被盗电动车占比: a share of what was done to something keeps what it was done to, not just the deed.</summary>
    private static bool IsPassiveShare(string clause, int at, string cut) =>
        cut == "被" && at > 0 && clause.EndsWithAny(LabelWords.ShareNouns);

    /// <summary>The text before the first verb, adverb or function word (巴西农作物产量|将延续增长势头, 全市用电量|持续攀升).</summary>
    public static string BeforeFirstCut(string clause)
    {
        for (var i = 1; i < clause.Length; i++)
        {
            // 英国|自2017年以来持续下降: a time from which the topic runs is not part of it.
            if (clause[i] is '自' or '从' && i + 1 < clause.Length && ChineseNumeral.IsArabicDigit(clause[i + 1]))
            {
                return clause[..i];
            }
            if (StartsCutOrTopicEnd(clause, i))
            {
                return clause[..i];
            }
        }
        return clause;
    }

    /// <summary>A verb, adverb or function word (<see cref="LabelWords.CutsAfter"/>, <see cref="LabelWords.TopicEnds"/>) starts at <paramref name="at"/>.</summary>
    private static bool StartsCutOrTopicEnd(string clause, int at) =>
        clause.WordAt(at, LabelWords.CutsAfter) is not null || clause.WordAt(at, LabelWords.TopicEnds) is not null;

    /// <summary>
    /// 闫春光养鸡的规模|一年比一年大, 居民的年收入|逐年增加: the topic a sentence opens with, read over 的 (a noun phrase holds
    /// it) and the 均 of 人均 up to the first verb, adverb or numeral.
    /// </summary>
    public static string TopicOf(string clause)
    {
        for (var i = 1; i < clause.Length; i++)
        {
            if (ChineseNumeral.IsChineseDigit(clause[i]) || ChineseNumeral.IsArabicDigit(clause[i])
                || clause[i] != '的' && StartsCutOrTopicEnd(clause, i) && !clause.EndsWithAnyAt(i + 1, LabelWords.Distributives))
            {
                return clause[..i];
            }
        }
        return clause;
    }

    /// <summary>
    /// 达到创纪录的 → 达到: a modifier ending in 的 between a link and the number says what kind of number it is, not what it
    /// measures, so the words are cut at the link.
    /// </summary>
    private const int StartModifierMaxLength = 10;

    public static string BeforeModifier(string clause)
    {
        if (!clause.EndsWith('的'))
        {
            return clause;
        }
        foreach (var link in LabelWords.ModifiedLinks)
        {
            var at = clause.LastIndexOf(link, StringComparison.Ordinal);
            // 由于, 自由: a start link reaches only over a short modifier of when (由改造前的).
            if (at >= 0 && !(LabelWords.StartLinks.Contains(link) && (clause.Length - at > StartModifierMaxLength || clause[at + 1] == '于'))
                && !IsInsideWord(clause, at, link))
            {
                return clause[..(at + link.Length)];
            }
        }
        return clause;
    }

    /// <summary>Letters before 达 and 至 that make them the end of a word, no link: 发达国家的, 抵达, 甚至, 乃至.</summary>
    private const string LettersBeforeDa = "发到抵表传下送通直雷马畅转";

    private const string LettersBeforeZhi = "甚乃以";

    private static bool IsInsideWord(string clause, int at, string link) =>
        at > 0 && link.Length == 1
        && (link[0] == '达' && LettersBeforeDa.Contains(clause[at - 1], StringComparison.Ordinal)
            || link[0] == '至' && LettersBeforeZhi.Contains(clause[at - 1], StringComparison.Ordinal));

    /// <summary>“空壳公司” → 空壳公司: quotation marks around the whole label mark a term, which the label names without them.</summary>
    public static string WithoutOuterQuotes(string text) =>
        text.Length > 2 && text[0] == '“' && text[^1] == '”' && text.AsSpan(1, text.Length - 2).IndexOfAny('“', '”') < 0 ? text[1..^1] : text;

    /// <summary>Removes parenthesised asides (中国制造业采购经理指数（PMI） → 中国制造业采购经理指数).</summary>
    public static string WithoutAsides(string clause) => Aside().Replace(clause, "");

    /// <summary>前三季度GDP → GDP, 上半年全市 → 全市: a period the figure covers is not what it measures.</summary>
    public static string WithoutLeadingPeriod(string text) => LeadingPeriod().Replace(text, "");

    public static string StripEnd(string text, string[] words)
    {
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            foreach (var word in words)
            {
                if (text.EndsWith(word, StringComparison.Ordinal) && !(word == "均" && IsDistributive(text))
                    && !(word.Length == 1 && text.EndsWithAny(LabelWords.WordsEndingInLink))
                    && !(word == "应" && text.EndsWithAny(LabelWords.WordsEndingInYing)))
                {
                    text = text[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }
        return text;
    }

    /// <summary>人均, 日均: the text ends in a distributive word, whose 均 is not the adverb 均 (all).</summary>
    public static bool IsDistributive(string text) => text.EndsWithAny(LabelWords.Distributives);

    public static string StripStart(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && text.Length > word.Length)
            {
                return text[word.Length..];
            }
        }
        return text;
    }

    [GeneratedRegex(@"^(?:前?[一二三四1-4]个?季度|[上下]半年|前[0-9一二三四五六七八九十]+个?月|今年|去年|全年|当年|[本上下]周|[本上]月)(?:以来)?")]
    private static partial Regex LeadingPeriod();

    /// <summary>
    /// 这条高速公路全长 → 高速公路全长, 该市进出口总额 → 进出口总额, 一座占地 → 占地, 这笔资金 → 资金, 这套房子面积 → 房子面积: a demonstrative or the indefinite 一 and
    /// its measure word or place point, they do not name; 该项目, 这家庭 are a demonstrative before a noun (项目, 家庭), and 该种植基地 before 种植.
    /// </summary>
    public static string WithoutDemonstrative(string text) => Demonstrative().Match(text) is { Success: true } m && m.Length + 2 <= text.Length ? text[m.Length..] : text;

    [GeneratedRegex(@"^(?:(?:这|那|该|此|本|一)[个条家座所项批位名件台辆块片栋笔套张间只场种处段艘架幢](?!目|庭|置|次|植)|(?:这|那|该|此|本)(?:[市县省区镇乡村州国行厂校院]|公司|企业|集团))")]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"[（(][^（()）]*[）)]")]
    private static partial Regex Aside();
}
