namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Where a body's name may open inside a run of Han letters that ends in an institution ending. The run walks back
/// over any letter, so it can take in the verb whose object the body is (观摩|市政协, 源自|民盟安徽省委, 小区党支部搭建起|
/// 物业公司) or a count (一名|党): a verb or a number with its measure word never begins a body's name, so the name
/// opens right after the verb, and a counted body (一名|党, 几个|合作社, 三级|法院) is a common noun, no name; after a date (30日|, 2013年|) or a count of times (3次|, 多次|) the name opens. The verbs are a closed class of those that take a body as their object.
/// </summary>
internal static class BodyNameOpening
{
    /// <summary>
    /// Verbs that take a body as their object and never begin its name, with the directional endings they print with
    /// (考入, 输往, 搭建起, 告上): of going into and holding, of attending to, of changing and of referring.
    /// </summary>
    private static readonly WordIndex Verbs = HanText.Longest(
        "考入", "转入", "输往", "告上", "搭建起", "建成", "担任", "当选", "入选", "取得", "登录", "运营", "请", "去",
        "观摩", "了解", "熟悉", "关注", "赞赏", "坚持", "强调", "领悟", "回望", "立足", "跟进", "利用", "督办", "问责", "巡查",
        "改进", "深化", "巩固", "健全", "整治", "改造", "弱化", "损害", "动摇", "清除", "挖掘", "推开", "摸清", "放宽", "开除", "打开", "离不开",
        "源自", "赋予", "简称", "探索", "签署", "展现", "验证", "反映出",
        // Of sending to a body and of founding one (送往|市中心医院, 创办|村红薯粉厂).
        "送往", "转往", "运往", "发往", "寄往", "赶往", "创办", "兴办", "开办", "筹建", "新建", "新增", "新开",
        // Of handing over to a body (交付|某国政府, 移交|区法院).
        "交付", "移交",
        // Of going into or out of a body and of holding a post in it (走出|某学院的校门, 踏进|某公司, 时任|某派出所所长).
        "走出", "走进", "踏进", "踏入", "迈进", "迈出", "调到", "调入", "调往", "时任", "曾任", "现任", "调任", "升任", "兼任",
        // Of holding posts one after another or in turn (先后任|某旗公安局局长, 历任, 出任, 改任).
        "先后任", "历任", "出任", "改任", "转任", "继任", "又任", "后任",
        // Of providing, finding, finishing and asking, whose object a body is (提供|某中心的服务, 发现|某实验室, 完成|某站的建设).
        "提供", "发现", "完成", "改变", "询问", "加大",
        // Of linking with, opening, applying to and chairing, whose object a body is (对接|某区总工会, 翻开|中科院院士的简历,
        // 应聘|某公司, 主持|中央政治局集体学习, 带着|工作队).
        "对接", "翻开", "翻阅", "应聘", "报考", "主持", "带着",
        // Of sending a group out (派出|扶贫工作组, 选派|驻村工作队).
        "派出", "派驻", "选派", "抽调",
        // Of reporting on, accepting and holding, whose object a body is (通报|某集团, 接受|某工作办公室的审查, 拿着|电台).
        "通报", "接受", "拿着",
        // Words that open a clause, never a name (如果|地方政协, 以往|政协).
        "如果", "虽然", "但是", "因为", "即使", "只要", "以往",
        // Of taking on, cleaning, going in and out of, drawing near to, leading and settling in a place or a body (主动包下|社区的卫生,
        // 义务清扫|社区, 进出|社区的桥, 拉近|社区与居民, 党建引领|社区治理, 落户|某街道, 家住|某小区).
        "包下", "清扫", "出入", "进出", "拉近", "引领", "落户", "家住", "参观", "做好",
        // Of leading a group (市长某某率|某市考察团, 率领|某队).
        "率", "率领",
        // Of carrying out and drawing up, and the correspondent credited before a name (实施|无讼法庭, 制定|院歌, 通讯员|司某).
        "实施", "制定", "通讯员",
        // Descriptions of a firm printed before its name (爱心企业|某餐饮公司, 龙头企业|某集团).
        "爱心企业", "龙头企业",
        // The frame of a guide or a time, whose 下 ends before the body (在她的带领下|某法庭, 新形势下|做好…).
        "带领下", "领导下", "指导下", "帮助下", "支持下", "形势下",
        // Of relying on a body and of approving its ruling (仅靠|乡政府, 依靠|某协会, 核准|某中级人民法院的判决).
        "仅靠", "依靠", "单靠", "光靠", "全靠", "核准",
        // Of taking a person to a body or handing them over to it (被带回|派出所, 扭送|某派出所, 移送|某检察院).
        "带回", "带到", "带至", "带往", "送到", "送至", "送回", "押回", "押往", "押送", "扭送", "移送",
        // Of reporting back to a body and the home a visit goes to (不时反馈|某学院, 困难户家中|社区党委…).
        "反馈", "反映", "家中");

    /// <summary>Verbs that name a body's field when right before its ending (某地铁运营|分公司, 某某改造|办公室): there no verb ends the run.</summary>
    private static readonly WordIndex FieldVerbs = HanText.Longest("运营", "改造", "整治");

    /// <summary>Words that open with 原 and are no 'former' (原子能研究院, 原料药厂, 原创中心).</summary>
    private static readonly WordIndex FormerLookalikes = HanText.Longest("原子", "原料", "原油", "原创", "原始", "原生", "原产", "原材料", "原汁", "原浆", "原因");

    /// <summary>
    /// 原 'former' before a body that was renamed or merged (2014年原国土资源部、农业部印发, 原卫生部): the body's name opens after
    /// it; a place that opens with the letter (原阳县, 原平市) and words of matter (原子, 原料) keep it.
    /// </summary>
    public static int AfterFormer(string text, int start, int nameEnd) =>
        start >= 0 && text[start] == '原' && nameEnd - start > 2 && HanText.WordAt(text, start, FormerLookalikes) is null
            && DivisionGazetteer.Shared.MatchAt(text, start) == 0 ? start + 1 : start;

    private static readonly CharSet Conjunctions = new("与和及");

    /// <summary>Last letters of the bodies one body keeps at another (纪检监察组, 工作队, 驻京办, 代表处, 大使馆, 工作站).</summary>
    private static readonly CharSet SentBodyLasts = new("组队办处馆站团室");

    /// <summary>
    /// The letter after the last conjunction in the run that follows a body, a country or a place (某区与|重庆大学, 党和|政府,
    /// 美国和|欧盟…): two names joined, of which the one ending here opens after the conjunction. A conjunction inside a
    /// body's name joins fields, never bodies (文化和旅游局, 团结与进步党), and one that opens a place (新疆和田) is kept.
    /// Likewise after 驻 when the body ending here is the host, not a group kept there (某纪委监委驻|某银行; 某纪委监委驻某银行
    /// 纪检监察组 and 中国驻某国大使馆 are one name each, and 驻马店 is a place).
    /// </summary>
    public static int AfterConjoined(string text, int start, int end)
    {
        for (var at = end - 1; start >= 0 && at >= start; at--)
        {
            if (at > start + 1 && Conjunctions.Contains(text[at]) && EndsABodyOrPlace(text, start, at) && DivisionGazetteer.Shared.MatchAt(text, at) == 0 && Countries.At(text, at) is null)
            {
                return at + 1;
            }
            if (text[at] == '驻' && at + 1 < end && text[at + 1] is not ('地' or '军') && !SentBodyLasts.Contains(text[end - 1]) && end - at > 3
                && DivisionGazetteer.Shared.MatchAt(text, at) == 0)
            {
                return at + 1;
            }
        }
        return start;
    }

    private static bool EndsABodyOrPlace(string text, int start, int end) =>
        (OrganisationSuffixes.SuffixEndingAt(text, end) is not null && !OrganisationSuffixes.IsEverydayWordEndingAt(text, end))
        || Countries.EndingAt(text, end) is not null || DivisionGazetteer.Shared.EndsAt(text, start, end);

    /// <summary>Verbs of changing that name the task of a commission or an office (某某深化改革委员会, 某某整治办公室).</summary>
    private static readonly WordIndex TaskVerbs = HanText.Longest("改进", "深化", "巩固", "健全", "整治", "改造");

    /// <summary>Endings of bodies set up for a task (commissions and offices), whose names hold the task's verb.</summary>
    private static readonly WordIndex TaskEndings = HanText.Longest("委员会", "委会", "办公室");

    /// <summary>The centre, the state and a party committee, which open the names of the commissions they set up.</summary>
    private static readonly WordIndex CentreOpenings = HanText.Longest("中央", "国务院", "国家", "全国", "省委", "市委", "县委", "区委");

    /// <summary>
    /// Whether the verb ending at <paramref name="verbEnd"/> is the task in the name of a body set up for it: before a
    /// commission's or an office's ending, a verb of changing right before the ending (老旧小区改造|办公室), or after the
    /// centre, the state, a party committee or a division that opens the name (中央全面深化改革委员会, 区委全面深化改革委员会,
    /// 某县河道整治办公室), is part of the name;
    /// elsewhere (要求巩固|街道委员会) the body is its object.
    /// </summary>
    private static bool IsTaskOfTheBody(string text, int start, int verbEnd, string verb, int nameEnd)
    {
        if (!TaskVerbs.Words.Contains(verb, StringComparer.Ordinal) || HanText.WordAt(text, nameEnd, TaskEndings) is null)
        {
            return false;
        }
        var verbStart = verbEnd - verb.Length;
        for (var at = start; at < verbStart && verbEnd != nameEnd; at++)
        {
            var opening = HanText.WordAt(text, at, CentreOpenings)?.Length ?? DivisionGazetteer.Shared.MatchAt(text, at);
            if (opening > 0 && at + opening <= verbStart)
            {
                return true;
            }
        }
        return verbEnd == nameEnd;
    }

    /// <summary>One-letter verbs of moving a person to a post or back to a place (调, 回, 进).</summary>
    private static readonly CharSet MovingVerbs = new("调回进");

    /// <summary>
    /// Whether a one-letter verb of moving stands right before a place's name at <paramref name="at"/> (调|某旗司法局,
    /// 回|某县医院): the body is where the person goes, its name opens at the place; a place that opens with the letter
    /// (调兵山市) keeps it.
    /// </summary>
    private static bool IsMovedToAPlace(string text, int at) =>
        at > 0 && MovingVerbs.Contains(text[at - 1]) && DivisionGazetteer.Shared.MatchAt(text, at) > 0 && DivisionGazetteer.Shared.MatchAt(text, at - 1) == 0;

    private static readonly CharSet Measures = new("个间家名座位条批项户只种类级支");
    /// <summary>
    /// 整 'whole' with a measure word before a body (整个研究所都动员起来, 整座医院, 整家公司): the words are about all of a body
    /// the sentence has named or means, and name none.
    /// </summary>
    private static readonly WordIndex Wholes = HanText.Longest("整个", "整座", "整家", "整所", "整支", "整间");
    /// <summary>Words that count times with 次 (多次, 每次, 首次, 此次).</summary>
    private static readonly CharSet TimesCounts = new("多几数每首历此这本再");
    private static readonly CharSet Numbers = new("0123456789０１２３４５６７８９一二三四五六七八九十百两几余多首");

    /// <summary>Second letters of words opening with 大 that follow an ordinal (大学, 大队, 大道, 大街, 大区, 大厦, 大院).</summary>
    private static readonly CharSet RankFreeNouns = new("学队道街区厦院");

    /// <summary>
    /// Whether a rank ends at <paramref name="at"/>: 第 and a number before 大 (第七大|服务中心, 第二大|港口) or a number before 强
    /// (500强|企业, 十强|球队). A rank says where a body stands among those of its kind, so the body after it is a common
    /// noun, never a name; 大 after a number alone is kept (一大 is the first party congress, whose hall is named by it).
    /// </summary>
    private static bool IsRankAt(string text, int at)
    {
        if (!Numbers.Contains(text[at - 2]))
        {
            return false;
        }
        if (text[at - 1] == '强')
        {
            return true;
        }
        // 大 opening the next word (第一|大学, 第三|大队) is no rank.
        if (text[at - 1] != '大' || at < text.Length && RankFreeNouns.Contains(text[at]))
        {
            return false;
        }
        var numberStart = at - 2;
        while (numberStart > 0 && Numbers.Contains(text[numberStart - 1]))
        {
            numberStart--;
        }
        return numberStart > 0 && text[numberStart - 1] == '第';
    }

    /// <summary>
    /// The letter the name opens at: <paramref name="start"/>, or right after the last verb before
    /// <paramref name="nameEnd"/>; -1 after a count, a rank or 整 'whole', which make the body a common noun (一名党员 of 一名|党,
    /// 几个合作社, 第三大|银行, 整个|研究所).
    /// </summary>
    public static int After(string text, int start, int nameEnd)
    {
        for (var at = nameEnd; at > start; at--)
        {
            if ((HanText.WordEndingAt(text, at, Verbs) is { } verb && !IsTaskOfTheBody(text, start, at, verb, nameEnd) && !(at == nameEnd && HanText.WordEndingAt(text, at, FieldVerbs) is not null))
                || IsMovedToAPlace(text, at))
            {
                return at;
            }
            if (at > 1 && ((Measures.Contains(text[at - 1]) && Numbers.Contains(text[at - 2])) || IsRankAt(text, at) || HanText.WordEndingAt(text, at, Wholes) is not null))
            {
                return -1;
            }
            // A date or a count of times ends before the name (11月30日|某社区, 2013年|某部, 5号|某中心, 召开3次|某委员会会议, 多次|).
            if (at > 1 && ((text[at - 1] is '年' or '月' or '日' or '号' or '次' && Numbers.Contains(text[at - 2])) || (text[at - 1] == '次' && TimesCounts.Contains(text[at - 2]))))
            {
                return at;
            }
        }
        return start;
    }
}
