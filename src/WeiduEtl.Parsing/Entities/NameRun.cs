namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Where a name that ends at a given point starts: Chinese prints no spaces, so the start is found by walking back
/// over Han characters until a function word, a verb that leads a name, or punctuation.
/// The demonstratives 该/此/本 are kept as the first character, so 该社区 can be recognised as a reference back.
/// </summary>
internal static class NameRun
{
    private static readonly CharSet StopChars = new("在的了和与对由从向是为到把被让给据经于及或等并也还就又再而以使这那各每不有要我咱你他她它们会能可很送将已正均但");
    private static readonly CharSet Demonstratives = new("该此本");
    /// <summary>The stop letters that are prepositions, conjunctions, particles and verbs, not pronouns, demonstratives or 不: any may open an everyday word (有效, 就业, 使者).</summary>
    private static readonly CharSet WordOpeningStops = new("在的了和与对由从向是为到把被让给据经于及或等并也还就又再而以使有要会能可很送将已正均但");
    /// <summary>The stop letters that are adverbs (正在, 将要, 也就): before a verb, never before a noun.</summary>
    private static readonly CharSet Adverbs = new("正将会能可很已均也还就又再");

    /// <summary>Words that end right before a name starts (今年以来|魏都区民政局, 走访|东大街道).</summary>
    private static readonly WordIndex StopWords = HanText.Longest(
        "以来", "日前", "近日", "目前", "今年", "去年", "当天", "当日", "当时", "同时", "随后", "此外", "其中", "近年来", "记者", "走访",
        "来到", "前往", "位于", "联合", "协调", "组织", "召开", "举行", "成立", "签约", "走进", "深入", "带领", "看望", "慰问",
        "参观", "考察", "调研", "检查", "督导", "指导", "帮助", "推动", "支持", "牵头", "依托", "通过", "包括", "邀请", "获悉",
        "得知", "了解到", "介绍", "表示", "拓展", "感谢", "结合", "打通", "参加", "发挥", "强化", "整合", "建立", "解决",
        "联系", "依托", "回到", "进入", "加强", "推进", "提升", "完善", "落实", "开展", "配合", "协助", "督促", "要求", "鼓励",
        "引导", "动员", "贯彻", "强化", "非常", "举办", "破坏", "爱护", "助力", "导致", "降低", "增强", "放上", "组建", "组建起",
        "同步", "甄别", "精简", "防止", "夸大", "诱导", "指引", "收集", "申请", "判处", "符合", "负责", "办理", "抽逃", "设立", "查处",
        "推出", "搭建", "协力", "携手", "我国", "赴", "随着", "获得", "荣获", "授予", "颁发", "发布", "宣布", "加入", "访问", "会见", "受邀", "应邀", "进行", "会同", "联合印发", "面向", "针对", "围绕", "发动", "覆盖", "成为", "打造", "创建", "实现", "服务于", "说", "来自",
        // Joining a body as a shareholder, a member or a tenant (以资金入股|合作社, 入驻|产业园, 加盟|某公司).
        "入股", "入驻", "加盟",
        "辖区内", "区域内", "境内", "岛上", "镇上", "村里", "记得",
        "增加", "明确", "期待", "签订", "采取", "希望", "欢迎", "新一届", "当地", "基层", "不少", "许多", "很多", "众多", "这些", "那些", "一些");

    /// <summary>Start of the name ending at <paramref name="end"/>, at most <paramref name="maxLength"/> characters back.</summary>
    public static int StartBefore(string text, int end, int maxLength)
    {
        var start = end;
        while (start > 0 && end - start < maxLength)
        {
            if (text[start - 1] == '）' && ParenthesisStart(text, start - 1) is { } open)
            {
                start = open;
                continue;
            }
            if (text[start - 1] == '—' && DashJoinedStart(text, start - 1) is { } joinedAt)
            {
                start = joinedAt;
                continue;
            }
            if (!HanText.IsHan(text[start - 1]))
            {
                break;
            }
            var c = text[start - 1];
            if (StopChars.Contains(c) && DivisionAcrossStart(text, start - 1, end) is { } division)
            {
                start = division;
                continue;
            }
            if (StopChars.Contains(c) && WordAcross(text, start, end) is { } word)
            {
                start -= word;
                continue;
            }
            if (StopChars.Contains(c) && Conjunctions.Contains(c) && JoinedNameStart(text, start - 1, end, maxLength) is { } joined)
            {
                start = joined;
                break;
            }
            if (StopChars.Contains(c) || HanText.WordEndingAt(text, start, StopWords) is { } stop && HanText.WordAt(text, start - stop.Length, NamesOpeningWithStopWord) is null)
            {
                break;
            }
            start--;
            if (Demonstratives.Contains(c))
            {
                break;
            }
        }
        return start;
    }

    /// <summary>
    /// How many letters to step back over a word that holds a stop letter (大使|馆, 能源|局, 国有|资产, 社会|科学院),
    /// 0 when the letter before <paramref name="start"/> is a stop letter standing alone.
    /// </summary>
    private static int? WordAcross(string text, int start, int end)
    {
        if (HanText.WordEndingAt(text, start, WordsEndingInStopLetter) is { } ending)
        {
            return ending.Length;
        }
        // A country whose name opens with a stop letter (也门|政府, 以色列|议会) is the start of the body's name.
        if (Countries.At(text, start - 1) is { } country && start - 1 + country.Length <= end)
        {
            return 1;
        }
        return HanText.WordAt(text, start - 1, WordsStartingWithStopLetter) is { } starting && start - 1 + starting.Length <= end ? 1 : null;
    }

    /// <summary>
    /// Where a division's name that holds the stop letter at <paramref name="stop"/> starts (呼|和|浩特市委, |和|田地区纪委):
    /// the letter is then part of the place's name, not a conjunction. A division opening at the stop letter needs
    /// four letters, as shorter ones (和县, 和村镇) are as often the conjunction before a word; after a body's ending the
    /// letter joins two bodies (合作社和|村镇银行). A stop letter that is an adverb (正, 将, 会) modifies a verb and never stands
    /// before a body's name, so a division of three letters opening with it (正蓝旗政府, 将乐县法院, 会同县委) is the place.
    /// </summary>
    private static int? DivisionAcrossStart(string text, int stop, int end)
    {
        if (OrganisationSuffixes.SuffixEndingAt(text, stop) is not null)
        {
            return null;
        }
        for (var start = stop; start >= 0 && stop - start < 4; start--)
        {
            if (!HanText.IsHan(text[start]) || !DivisionGazetteer.Shared.MayStartAt(text, start))
            {
                continue;
            }
            var length = DivisionGazetteer.Shared.MatchAt(text, start);
            if (start + length > stop + 1 && start + length <= end && (start < stop || length >= 4 || (length == 3 && Adverbs.Contains(text[stop]))))
            {
                return start;
            }
        }
        return null;
    }

    /// <summary>
    /// Where a name joined by 与 or 和 starts (国家金融与发展实验室, 中央党史和文献研究院): only when the part before the
    /// conjunction opens with the name of a country, a division or a national body, which an ordinary pair of nouns
    /// (学校和医院, 居民与社区服务中心) does not.
    /// </summary>
    private static int? JoinedNameStart(string text, int conjunction, int end, int maxLength)
    {
        if (end - conjunction < 3 || conjunction == 0 || OpensWholeName(text, conjunction + 1, end))
        {
            return null;
        }
        var start = StartBefore(text, conjunction, maxLength - (end - conjunction));
        var part = conjunction - start;
        if (part < 2)
        {
            return null;
        }
        if (OrganisationSuffixes.SuffixEndingAt(text, conjunction) is not null)
        {
            return null;
        }
        var opening = HanText.WordAt(text, start, NationalOpenings)?.Length ?? Math.Max(DivisionGazetteer.Shared.MatchAt(text, start), Countries.At(text, start)?.Length ?? 0);
        return opening > 0 && opening < part ? start : null;
    }

    /// <summary>
    /// Whether the part after a conjunction opens with a division or a country that the name does not end with (某区与|重庆大学,
    /// 某县政协委员与|某县税务局): it is a second body named in full, and the conjunction joins two, not the words of one name.
    /// </summary>
    private static bool OpensWholeName(string text, int at, int end)
    {
        var opening = Math.Max(DivisionGazetteer.Shared.MatchAt(text, at), Countries.At(text, at)?.Length ?? 0);
        return opening > 0 && at + opening < end;
    }

    /// <summary>
    /// Where the first of two countries or places joined by a dash starts (哥伦比亚—中国友好协会, 非洲—中国研究中心): the
    /// dash pairs the two sides of a friendship society or a centre, both of which the name then holds.
    /// </summary>
    private static int? DashJoinedStart(string text, int dash)
    {
        if (dash < 2 || !HanText.IsHanAt(text, dash + 1) || (Countries.At(text, dash + 1) is null && DivisionGazetteer.Shared.MatchAt(text, dash + 1) == 0))
        {
            return null;
        }
        for (var start = dash - 2; start >= 0 && dash - start <= 8; start--)
        {
            if (Countries.At(text, start)?.Length == dash - start || DivisionGazetteer.Shared.MatchAt(text, start) == dash - start || HanText.WordAt(text, start, Continents)?.Length == dash - start)
            {
                return start;
            }
        }
        return null;
    }

    private static readonly WordIndex Continents = HanText.Longest("亚洲", "非洲", "欧洲", "美洲", "拉美", "大洋洲", "北美", "南美", "东盟", "阿拉伯");
    /// <summary>Names whose first letters are a stop word (联合|国儿童基金会, 区委组织|部).</summary>
    private static readonly WordIndex NamesOpeningWithStopWord = HanText.Longest("联合国", "组织部");
    private static readonly CharSet Conjunctions = new("与和");
    private static readonly WordIndex NationalOpenings = HanText.Longest("中国", "中华", "国家", "中央", "全国", "国际", "世界");
    private static readonly WordIndex WordsEndingInStopLetter = HanText.Longest(
        "大使", "公使", "数据", "国有", "社会", "协会", "学会", "商会", "工会", "财经", "智能", "节能", "技能", "功能", "核能", "新能", "人和", "公正", "平等");
    private static readonly WordIndex WordsStartingWithStopLetter = HanText.Longest(
        "使馆", "能源", "经济", "经信", "经贸", "经营", "会计", "会展", "和平", "和谐", "对外", "以色列", "正义", "有色", "有机", "有线",
        "要素", "对口", "可持续", "等离子", "于都", "送变电", "在线", "为民", "不动产");

    /// <summary>Where the full-width parenthesis closing at <paramref name="close"/> opens, when it holds a short Han word (（苏州）).</summary>
    private static int? ParenthesisStart(string text, int close)
    {
        for (var at = close - 1; at >= 0 && close - at <= 6; at--)
        {
            if (text[at] == '（')
            {
                return at > 0 && HanText.IsHan(text[at - 1]) && close - at > 1 ? at : null;
            }
            if (!HanText.IsHan(text[at]))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="c"/> stops a run and may be the first letter of an everyday word (有|效, 就|业).</summary>
    public static bool IsStopLetter(char c) => WordOpeningStops.Contains(c);

    /// <summary>Whether the run starts with 该/此/本, a reference back to an organisation named before.</summary>
    public static bool IsReferenceBack(string text, int start) =>
        start < text.Length && Demonstratives.Contains(text[start]);
}
