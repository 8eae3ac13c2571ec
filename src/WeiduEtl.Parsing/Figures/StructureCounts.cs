using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A small count in Chinese numerals that sums up the list printed beside it announces how what is said is built, not a
/// quantity: 兴庆、金凤、西夏三区 counts the three names before it, 两类苗头性、倾向性问题 the two kinds after it. The
/// count must equal the number of items, and no item may hold a number of its own (两座桥、三条路 are two figures); a
/// numeral that numbers an item's name (僚村二桥, 一中、二中) is not one.
/// </summary>
internal static class StructureCounts
{
    /// <summary>Measure words of kinds and parts, the only ones that announce a list after them (两类…、…问题).</summary>
    private static readonly string[] KindWords = ["类", "种", "层", "大", "方面", "个方面"];

    private const int MaxCount = 10;

    public static bool SumsUpList(string body, FigureCandidate figure)
    {
        if (figure.Value is >= 2 and <= MaxCount && figure.Start == figure.NumberStart && figure.Qualifier == FigureQualifier.Exact
            && figure.Kind is UnitKind.Classifier or UnitKind.Count && EnumeratesAfter(body, figure.End))
        {
            return true;
        }
        if (!figure.Chinese || figure.Value is < 2 or > MaxCount || figure.Start != figure.NumberStart || figure.Unit is null)
        {
            return false;
        }
        if (AnnouncesColon(body, figure.End) || Sides(body, figure.Start) == figure.Value && figure.Kind == UnitKind.Classifier)
        {
            return true;
        }
        if (QuotedItems(body, figure.Start) == figure.Value || QuotedListItems(body, figure.Start) == figure.Value)
        {
            return true;
        }
        var clauseStart = body.AsSpan(0, figure.Start).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1;
        if (Items(SettlementNames.Masked(body, clauseStart, figure.Start)) == figure.Value)
        {
            return true;
        }
        if (!KindWords.Contains(figure.Unit))
        {
            return false;
        }
        var after = body.AsSpan(figure.End);
        var clauseEnd = after.IndexOfAny(LabelWords.ClauseBreaksOutsideLists);
        return Items(clauseEnd < 0 ? after : after[..clauseEnd]) == figure.Value;
    }

    private const string QuotedItemJoints = "、和与及";

    /// <summary>The compass points and the two hands, which a count right after them sums up (南北两个大门口, 东西两个出口, 东南西北四个方向).</summary>
    private const string SideLetters = "东西南北左右";

    /// <summary>
    /// How many different sides are named right before the count (南北 two, 东南西北 four); 0 unless two opposite sides are
    /// among them, so one direction (城东两个村) and a compound point (西北两省, 东北三省: one region) sum up nothing.
    /// </summary>
    private static int Sides(string body, int start)
    {
        var at = start;
        while (at > 0 && SideLetters.Contains(body[at - 1], StringComparison.Ordinal))
        {
            at--;
        }
        var sides = body.AsSpan(at, start - at);
        var distinct = 0;
        for (var i = 0; i < sides.Length; i++)
        {
            distinct += sides[..i].Contains(sides[i]) ? 0 : 1;
        }
        var opposite = sides.Contains('东') && sides.Contains('西') || sides.Contains('南') && sides.Contains('北')
            || sides.Contains('左') && sides.Contains('右');
        return opposite ? distinct : 0;
    }

    /// <summary>
    /// “开放”“合作”两个关键词, “冰雪运动”和“冬季运动”两个概念: how many quoted terms stand right before the count, side by
    /// side or joined by 、, 和, 与 or 及; 0 when none does or one holds a number.
    /// </summary>
    private static int QuotedItems(string body, int start)
    {
        var items = 0;
        var at = start;
        while (at > 0 && body[at - 1] == '”')
        {
            var open = body.LastIndexOf('“', at - 1);
            if (open < 0 || at - 1 - open > QuotedItemMaxLength || HoldsNumber(body.AsSpan(open, at - open)))
            {
                return 0;
            }
            items++;
            at = open > 0 && QuotedItemJoints.Contains(body[open - 1], StringComparison.Ordinal) ? open - 1 : open;
        }
        return items;
    }

    private const int QuotedItemMaxLength = 12;

    private const int QuotedListMaxLength = 400;

    /// <summary>
    /// “严禁…，严禁…，严禁…”等三项措施: how many items the one quotation right before the count (or before 等) lists,
    /// split at its strongest break (；, else ，, else 、); 0 when it lists fewer than two.
    /// </summary>
    private static int QuotedListItems(string body, int start)
    {
        var close = start > 0 && body[start - 1] == '等' ? start - 2 : start - 1;
        if (close < 1 || body[close] != '”')
        {
            return 0;
        }
        var open = body.LastIndexOf('“', close - 1);
        if (open < 0 || close - open > QuotedListMaxLength)
        {
            return 0;
        }
        var quoted = body.AsSpan(open + 1, close - open - 1);
        var separator = quoted.Contains('；') ? '；' : quoted.Contains('，') ? '，' : '、';
        var items = quoted.TrimEnd("。；，、").Count(separator) + 1;
        return items < 2 ? 0 : items;
    }

    private static bool HoldsNumber(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (ChineseNumeral.IsDigitOrTen(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many items a list holds (A、B、C; A和B; A、B及C), or 0 when the text is no list or an item holds a number. A
    /// 和 or 及 joins the list only when a short item follows it up to the count (小学和初中两个学段), not a clause
    /// (公司和高校合作建设两个实验室), nor inside a word (和平, 总和).
    /// </summary>
    private static int Items(ReadOnlySpan<char> text)
    {
        // 财政部、农业农村部和国家林草局四部门: after a 、-list, 和 joins a last item of any length.
        // 一天当两天用、两天当三天使: a count right after 、 starts the next item, it sums up nothing.
        if (text.EndsWith("、", StringComparison.Ordinal))
        {
            return 0;
        }
        var joints = text.Count('、') + (EndsInAndJoint(text, text.Contains('、') ? ListedLastItemMaxLength : LastItemMaxLength) ? 1 : 0);
        if (joints == 0)
        {
            return 0;
        }
        // A 和-list alone is its last items (第十四届冬运会新增的冰上龙舟和雪地足球): numbers before it are not in it; nor
        // before the first item of a 、-list, which is as long as the longest item after it (两国在|旅游、教育、文化三个领域).
        var list = text.Contains('、') ? FromFirstItem(text) : text[Math.Max(0, text.LastIndexOfAny('和', '及') - AndItemsSpan)..];
        return HoldsCount(CompoundNames.WithoutAtomCounts(FigureExclusions.WithoutSetNames(list.ToString()))) ? 0 : joints + 1;
    }

    /// <summary>
    /// Whether a list's text holds a number of its own (两座桥、三条路). A numeral with one letter after it that ends its item
    /// (僚村二桥, 一中、二中) numbers a name, so the count after the list still sums the items up; a numeral followed by a
    /// measure word, or inside a longer word, is a number.
    /// </summary>
    private static bool HoldsCount(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!ChineseNumeral.IsDigitOrTen(text[i]))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (ChineseNumeral.IsNumberLetter(text[end]) || text[end] == '.'))
            {
                end++;
            }
            var namesItem = end < text.Length && FigureReader.IsHan(text[end]) && UnitTable.Match(text, end) is null
                && (end + 1 == text.Length || ItemEnds.Contains(text[end + 1], StringComparison.Ordinal));
            if (!namesItem)
            {
                return true;
            }
            i = end;
        }
        return false;
    }

    private const string ItemEnds = "、和与及";

    private static ReadOnlySpan<char> FromFirstItem(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf('、');
        var longest = 0;
        var rest = text[(first + 1)..];
        foreach (var item in rest.ToString().Split('、', '和', '及'))
        {
            longest = Math.Max(longest, item.Length);
        }
        return text[Math.Max(0, first - longest)..];
    }

    private const int LastItemMaxLength = 4;

    private const int ListedLastItemMaxLength = 8;

    private const int AnnouncedNounMaxLength = 4;

    /// <summary>操作其中三个按钮：一个…, 只问了两个问题：“…”: a small count whose noun a colon follows announces the items after it.</summary>
    private static bool AnnouncesColon(string body, int end) => ColonAfterNoun(body, end) >= 0;

    /// <summary>Where the colon after the count's noun (a few letters from <paramref name="end"/>) stands; -1 when none does.</summary>
    private static int ColonAfterNoun(string body, int end)
    {
        var at = end;
        while (at < body.Length && at - end < AnnouncedNounMaxLength && FigureReader.IsHan(body[at]))
        {
            at++;
        }
        return at < body.Length && body[at] is '：' or ':' ? at : -1;
    }

    /// <summary>
    /// 想提2条建议：一是…, 设2个奖项：一个是…, 有两个特点。一是…, 分享了两件“小事”。一件是…: a small count whose noun (quoted
    /// or not) the first of its items follows after a colon or a full stop announces them, in any numerals. After a comma
    /// (…两个点，一个是…) the count still measures on the corpus's pages, so it stays.
    /// </summary>
    private static bool EnumeratesAfter(string body, int end)
    {
        var stop = StopAfterNoun(body, end);
        if (stop < 0 || stop + 1 >= body.Length)
        {
            return false;
        }
        var next = body.AsSpan(stop + 1);
        // After a full stop 第一 opens the first item only with a break or a copula (第一，…); 第一批已投产 goes on talking.
        var first = body[stop] == '。' ? next.StartsWith("第一，", StringComparison.Ordinal) || next.StartsWith("第一、", StringComparison.Ordinal)
            || next.StartsWith("第一是", StringComparison.Ordinal) : next.StartsWith("第一", StringComparison.Ordinal);
        return next.StartsWith("一是", StringComparison.Ordinal) || next.StartsWith("其一", StringComparison.Ordinal)
            || first || next.StartsWith("一、", StringComparison.Ordinal)
            || next.Length >= 3 && next[0] == '一' && next[2] == '是' && FigureReader.IsHan(next[1]);
    }

    /// <summary>
    /// Where the colon or full stop after the count's noun (a few letters from <paramref name="end"/>, quote marks around it
    /// not counted) stands; -1 when none does.
    /// </summary>
    private static int StopAfterNoun(string body, int end)
    {
        // 两个亿。一是…: a magnitude after the count makes it an amount, which its items break down; it announces nothing.
        if (end < body.Length && body[end] is '万' or '亿' or '千' or '百')
        {
            return -1;
        }
        var at = end;
        var letters = 0;
        while (at < body.Length && letters <= AnnouncedNounMaxLength && (FigureReader.IsHan(body[at]) || body[at] is '“' or '”'))
        {
            letters += FigureReader.IsHan(body[at]) ? 1 : 0;
            at++;
        }
        return at < body.Length && letters <= AnnouncedNounMaxLength && body[at] is '：' or ':' or '。' ? at : -1;
    }

    /// <summary>How far before 和 the first item of a 和-list is looked at for numbers.</summary>
    private const int AndItemsSpan = 6;

    private static bool EndsInAndJoint(ReadOnlySpan<char> text, int lastItemMaxLength)
    {
        var at = text.LastIndexOfAny('和', '及');
        if (at < 1 || !FigureReader.IsHan(text[at - 1]))
        {
            return false;
        }
        // 英国和德国这两个: a demonstrative points back at the items it sums up.
        var last = text[(at + 1)..].TrimEnd("这那");
        if (last.Length < 1 || last.Length > lastItemMaxLength)
        {
            return false;
        }
        foreach (var c in last)
        {
            if (!FigureReader.IsHan(c))
            {
                return false;
            }
        }
        return !NotJoint.Contains(text[at - 1]) && !NotJointAfter.Contains(last[0]);
    }

    /// <summary>Characters before or after 和/及 that make it part of a word: 总和, 共和, 温和, 以及 counts; 和平, 和谐, 及时.</summary>
    private const string NotJoint = "总共温缓饱柔调平涉普波危触";

    private const string NotJointAfter = "平谐睦美时早格";
}
