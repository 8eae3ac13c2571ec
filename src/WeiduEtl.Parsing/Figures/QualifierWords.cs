using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The words that qualify a printed number, by where they stand: before the number (约10亿元), between the
/// number and its unit or magnitude (270余次, 40余万元, 十来亩) or after the unit (100人左右, 10厘米以内).
/// Their text belongs to the figure's span.
/// </summary>
/// <remarks>
/// Verbs of crossing and reaching, decided once: 突破, 超过, 超 and 逾 say the quantity went past the number, so
/// they are <see cref="FigureQualifier.Over"/> (突破900万吨 → 9000000 over), like 余 and 以上; 近, 将近 and 接近 are
/// <see cref="FigureQualifier.Approx"/>. 达, 达到, 高达 and 多达 report the number reached: the figure is
/// <see cref="FigureQualifier.Exact"/>, and the verb is not part of its span but the link to its label (总投资达10亿元).
/// </remarks>
internal static class QualifierWords
{
    private static readonly (string Word, FigureQualifier Qualifier)[] Prefixes = ByLength(
        // A bound a rule sets (时速不得超过120公里, 面积不应低于20平方米) bounds as its plain form does.
        ("不得超过", FigureQualifier.AtMost), ("不能超过", FigureQualifier.AtMost), ("不应超过", FigureQualifier.AtMost), ("不宜超过", FigureQualifier.AtMost),
        ("不得高于", FigureQualifier.AtMost), ("不得多于", FigureQualifier.AtMost),
        ("不得低于", FigureQualifier.AtLeast), ("不能低于", FigureQualifier.AtLeast), ("不应低于", FigureQualifier.AtLeast),
        ("不得少于", FigureQualifier.AtLeast), ("不能少于", FigureQualifier.AtLeast), ("不应少于", FigureQualifier.AtLeast),
        ("不超过", FigureQualifier.AtMost), ("不多于", FigureQualifier.AtMost), ("不高于", FigureQualifier.AtMost),
        ("不大于", FigureQualifier.AtMost), ("最多", FigureQualifier.AtMost), ("至多", FigureQualifier.AtMost),
        ("不少于", FigureQualifier.AtLeast), ("不低于", FigureQualifier.AtLeast), ("不小于", FigureQualifier.AtLeast),
        ("至少", FigureQualifier.AtLeast), ("最少", FigureQualifier.AtLeast), ("起码", FigureQualifier.AtLeast),
        ("不到", FigureQualifier.Under), ("不足", FigureQualifier.Under), ("不满", FigureQualifier.Under),
        ("未满", FigureQualifier.Under), ("少于", FigureQualifier.Under), ("低于", FigureQualifier.Under),
        ("超过了", FigureQualifier.Over), ("突破了", FigureQualifier.Over), ("超过", FigureQualifier.Over), ("超", FigureQualifier.Over), ("逾", FigureQualifier.Over), ("突破", FigureQualifier.Over),
        ("多于", FigureQualifier.Over), ("高于", FigureQualifier.Over), ("大于", FigureQualifier.Over), ("小于", FigureQualifier.Under),
        ("大约有", FigureQualifier.Approx), ("大概有", FigureQualifier.Approx), ("大约", FigureQualifier.Approx), ("大概", FigureQualifier.Approx), ("约为", FigureQualifier.Approx),
        ("约有", FigureQualifier.Approx), ("约合", FigureQualifier.Approx), ("约占", FigureQualifier.Approx), ("约", FigureQualifier.Approx), ("将近", FigureQualifier.Approx),
        ("接近", FigureQualifier.Approx), ("近", FigureQualifier.Approx));

    private static readonly (string Word, FigureQualifier Qualifier)[] Suffixes = ByLength(
        ("左右", FigureQualifier.Approx), ("上下", FigureQualifier.Approx),
        ("以上", FigureQualifier.Over), ("开外", FigureQualifier.Over), ("有余", FigureQualifier.Over),
        ("以下", FigureQualifier.AtMost), ("以内", FigureQualifier.AtMost), ("之内", FigureQualifier.AtMost));

    /// <summary>Bounds that reach over a modal and its verb to the number: 至少可以创造30个, 最多能容纳200人.</summary>
    private static readonly (string Word, FigureQualifier Qualifier)[] ReachingBounds =
        [("至少", FigureQualifier.AtLeast), ("最少", FigureQualifier.AtLeast), ("最多", FigureQualifier.AtMost), ("至多", FigureQualifier.AtMost)];

    private static readonly string[] Modals = ["可以", "能够", "需要", "能", "可", "要", "需", "将", "会"];

    private const int ReachMaxLength = 8;

    /// <summary>Characters before 近 that make it part of a word: 最近3天, 附近2个小区, 临近3个路口.</summary>
    private const string WordBeforeJin = "最附临靠贴邻就亲走逼";

    /// <summary>Characters before 约 that make it part of a word: 签约3个项目, 节约10吨, 预约5人.</summary>
    private const string WordBeforeYue = "签节制预公条契相履违特邀集婉如隐";

    /// <summary>The qualifier word ending exactly at <paramref name="end"/>, longest first.</summary>
    public static (string Word, FigureQualifier Qualifier)? PrefixEndingAt(string text, int end)
    {
        foreach (var entry in Prefixes)
        {
            var start = end - entry.Word.Length;
            if (start < 0 || !text.AsSpan(start).StartsWith(entry.Word, StringComparison.Ordinal))
            {
                continue;
            }
            if (start > 0 && (entry.Word == "近" && WordBeforeJin.Contains(text[start - 1], StringComparison.Ordinal)
                || entry.Word.StartsWith('约') && WordBeforeYue.Contains(text[start - 1], StringComparison.Ordinal)))
            {
                return null;
            }
            return entry;
        }
        return null;
    }

    /// <summary>
    /// The bound of a 至少 or 最多 printed before a modal and a verb that govern the number (每个项目至少可以创造30个岗位):
    /// the figure is bounded, but the words between are the label's, not the figure's span.
    /// </summary>
    public static FigureQualifier? BoundOverVerb(string text, int numberStart)
    {
        var from = Math.Max(0, numberStart - ReachMaxLength);
        foreach (var (word, qualifier) in ReachingBounds)
        {
            var at = text.LastIndexOf(word, numberStart - 1, numberStart - from, StringComparison.Ordinal);
            var between = at < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan()[(at + word.Length)..numberStart];
            if (between.Length > 0 && OpensWithModal(between) && IsAllHan(between))
            {
                return qualifier;
            }
        }
        return null;
    }

    // Loops over a span, not Any and All over a cut string: this is asked for every number read, and the cut, the
    // closure, its delegate and a string's enumerator were allocated for every bound word.
    private static bool OpensWithModal(ReadOnlySpan<char> words)
    {
        foreach (var modal in Modals)
        {
            if (words.StartsWith(modal, StringComparison.Ordinal) && words.Length > modal.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllHan(ReadOnlySpan<char> words)
    {
        foreach (var ch in words)
        {
            if (!FigureReader.IsHan(ch))
            {
                return false;
            }
        }
        return true;
    }

    private const char Per = '每';

    private const int PerNounMaxLength = 3;

    /// <summary>
    /// The bound printed before the rate's 每 and its noun (补偿标准不低于每亩1000元, 不超过每人500元, 约每户2万元): the
    /// amount per acre is bounded, and 每亩 stays the label's, not the figure's span.
    /// </summary>
    public static FigureQualifier? BoundOverRate(string text, int numberStart)
    {
        for (var at = numberStart - 2; at >= 0 && numberStart - at - 1 <= PerNounMaxLength; at--)
        {
            if (!FigureReader.IsHan(text[at + 1]))
            {
                return null;
            }
            if (text[at] == Per)
            {
                return PrefixEndingAt(text, at)?.Qualifier;
            }
        }
        return null;
    }

    /// <summary>Characters before 过 that make it part of a word or a verb's ending: 经过, 通过, 超过, 度过, 不过, 走过.</summary>
    private const string WordBeforeGuo = "经通超度渡越穿闯错不走挺熬路跨放难";

    /// <summary>
    /// 票房过10亿元, 销售额过万元: 过 straight before an amount of money or of ten thousands says it passed the number, like
    /// 超过. Before a small count 过 is a verb's ending far more often (去过3次, 参加过两届), so it qualifies nothing there.
    /// </summary>
    public static bool IsPassing(string text, int numberStart, UnitKind kind, decimal multiplier) =>
        numberStart >= 2 && text[numberStart - 1] == '过' && (kind == UnitKind.Money || multiplier >= 10_000m)
        && !WordBeforeGuo.Contains(text[numberStart - 2], StringComparison.Ordinal);

    /// <summary>The qualifier word starting at <paramref name="start"/> after a unit, longest first.</summary>
    public static (string Word, FigureQualifier Qualifier)? SuffixAt(string text, int start)
    {
        foreach (var entry in Suffixes)
        {
            if (text.AsSpan(start).StartsWith(entry.Word, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>余 and 多 mean "more than"; 来 means "about" (十来亩, 20来人).</summary>
    public static FigureQualifier? Infix(char c) => c switch
    {
        '余' or '多' => FigureQualifier.Over,
        '来' => FigureQualifier.Approx,
        _ => null,
    };

    private static (string, FigureQualifier)[] ByLength(params (string, FigureQualifier)[] entries) =>
        [.. entries.OrderByDescending(e => e.Item1.Length)];
}
