namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Job titles of Chinese public bodies and companies, with their rank prefixes (副, 常务副, 党组, 党委…),
/// and chains of titles joined by 、 (党组书记、局长).
/// </summary>
internal static class TitleLexicon
{
    private static readonly WordIndex Cores = HanText.Longest(
        "总书记", "书记", "副书记", "支书", "老支书", "村支书", "主任", "局长", "处长", "科长", "厅长", "部长", "司长", "署长", "所长", "站长", "馆长",
        "院长", "校长", "园长", "行长", "社长", "台长", "会长", "理事长", "秘书长", "主席", "委员长", "委员", "常委", "省长",
        "市长", "区长", "县长", "镇长", "乡长", "村长", "州长", "总理", "部长助理", "主任委员", "政委", "教导员", "指导员",
        "队长", "中队长", "大队长", "支队长", "组长", "班长", "团长", "网格员", "网格长", "楼栋长", "调解员", "协管员", "社工",
        "经理", "总经理", "董事长", "董事", "总裁", "总监", "厂长", "店长", "负责人", "主管", "监事长", "合伙人", "创始人",
        "民警", "辅警", "交警", "警官", "法官", "检察官", "医生", "医师", "主治医师", "护士长", "护士", "教师", "老师", "教授", "研究员",
        "工程师", "总工程师", "院士", "干事", "专干", "第一书记", "驻村第一书记", "大使", "发言人", "特派员", "巡视员", "调研员",
        "区领导", "市领导", "省领导", "县领导", "领导", "检察长", "律师", "统计师", "会计师", "经济学家", "分析师", "执行官",
        "球员", "运动员", "教练", "主教练", "教练员", "体能师", "选手", "裁判", "记者站站长", "联络员", "处长助理", "技术员",
        // Heads of state and government, and the posts national dailies print before foreign and Chinese names alike.
        "总统", "副总统", "首相", "副首相", "副总理", "国王", "女王", "王储", "议长", "外长", "外交部长", "防长", "财长", "国务卿", "国务委员",
        "总编辑", "主编", "编辑", "学者", "党组成员", "司机", "导演", "作家", "诗人", "画家", "演员", "歌手", "厨师", "主持人", "歌唱家",
        // The makers of films and programmes, and trades printed before a name as a post (制片人某某, 按摩师某某).
        "制片人", "制作人", "编剧", "设计师", "按摩师",
        // Companies' chiefs printed in Latin letters before a name (某公司CEO某某).
        "CEO", "CFO", "CTO", "COO",
        // Who leads a team or an expedition, and an envoy (考察队领队某某, 某问题特使某某).
        "领队", "特使",
        // Courts' posts (民一庭庭长某某, 审判长某某) and the army's commanders from platoon to army (某旅旅长某某, 参谋长某某).
        "庭长", "审判长", "审判员", "书记员", "排长", "连长", "营长", "旅长", "师长", "军长", "参谋长", "司令员", "政治委员", "舰长",
        // A leader's secretary and a company's chief officers besides the executive (新闻秘书某某, 首席财务官某某).
        "秘书", "新闻秘书", "财务官", "运营官", "技术官",
        // The junior research rank (助理研究员某某); an assistant to a post is read after the post's core (院长助理).
        "助理研究员",
        // Who commands an aircraft or its cabin (某航空公司机长某某).
        "机长", "乘务长",
        // A Buddhist temple's abbot and its manager (某寺住持释某某, 某寺监院释某某).
        "住持", "方丈", "监院",
        // A party committee's department shortened into its head's or its officer's post (县委常委、宣传部长; 镇组织委员;
        // 乡宣传干事): the committee or the place before is the holder's, as before 宣传部部长. Whole words, not 组织
        // as a prefix: 组织 ends bodies' names too (国际组织负责人, 党组织领导).
        "宣传部长", "组织部长", "统战部长", "宣传委员", "组织委员", "统战委员", "宣传干事", "组织干事",
        // A member of an association (某协会会员某某): the association before is theirs. Not 成员, which a group of any
        // kind has (某组织“某某”成员某某), so its members are described, not given a post.
        "会员");

    private static readonly WordIndex Prefixes = HanText.Longest(
        "常务副", "副", "党组", "党委", "党工委", "党支部", "党总支", "支部", "执行", "首席", "专职", "总", "常务", "名誉", "代理", "特聘", "高级", "首席", "资深", "主任",
        // A former holder (国家开发银行原党委书记, 泰国前副总理): the title still belongs to the organisation before it.
        "原", "前",
        // An acting holder until the post is filled by vote (代县长, 代检察长).
        "代");

    /// <summary>
    /// Units that lead a later title of a chain on their own (驻村工作队队长、村第一书记; 社区党支部书记、社区主任;
    /// 区委常委、组织部部长).
    /// </summary>
    private static readonly WordIndex UnitLeads = HanText.Longest("村", "社区", "街道", "镇", "乡", "区", "市", "县", "组织部", "宣传部", "统战部");

    /// <summary>Occupations name a person after the word (球员艾克森), never before it: 储备球员 is no person.</summary>
    private static readonly WordIndex Occupations = HanText.Longest(
        "球员", "运动员", "选手", "教练", "教练员", "裁判", "技术员", "联络员", "委员", "网格员", "调解员", "协管员", "医生", "护士",
        "教师", "老师", "民警", "辅警", "干事", "领导", "负责人", "代表",
        "学者", "编辑", "司机", "导演", "作家", "诗人", "画家", "演员", "歌手", "厨师", "主持人", "歌唱家",
        "制片人", "制作人", "编剧", "设计师", "按摩师", "会员");

    private const string Assistant = "助理";

    /// <summary>The letters a title starts with (a prefix or a core).</summary>
    public static CharSet FirstLetters { get; } = CharSet.Union(Cores.Firsts, Prefixes.Firsts);

    /// <summary>The titles and prefixes of one letter.</summary>
    public static CharSet OneLetterStarts { get; } = CharSet.Union(Cores.OneLetterWords, Prefixes.OneLetterWords);
    private static readonly LetterPairs StartPairs = LetterPairs.Union(Cores.StartPairs, Prefixes.StartPairs);

    /// <summary>
    /// Whether a title may start at <paramref name="index"/>: false at most of the letters a title starts with (主 of
    /// 主要, 市 of 市场), true wherever one does. A title's first two letters are tested, not its first letter alone:
    /// one letter in seven starts some title, and a test that passes that often at letters in no order is a branch the
    /// processor guesses wrong each time it passes.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayStartAt(string text, int index) =>
        OneLetterStarts.Contains(text[index]) || (index + 1 < text.Length && StartPairs.MayContain(text[index], text[index + 1]));

    /// <summary>Whether a title or prefix of two letters or more may start with <paramref name="first"/> and <paramref name="second"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayStartWith(char first, char second) => StartPairs.MayContain(first, second);

    /// <summary>Whether a title's core word ends at <paramref name="end"/> (…队长|, …书记|).</summary>
    public static bool TitleEndsAt(string text, int end) => HanText.WordEndingAt(text, end, Cores) is not null;

    /// <summary>Length of the title core word ending at <paramref name="end"/> (…|常委), 0 when none.</summary>
    public static int CoreLengthEndingAt(string text, int end) => HanText.WordEndingAt(text, end, Cores)?.Length ?? 0;

    public static bool IsOccupation(string title) => Occupations.Words.Any(o => title.EndsWith(o, StringComparison.Ordinal));

    /// <summary>Length of the occupation starting at <paramref name="index"/> (等|代表, 等|选手), 0 when none.</summary>
    public static int OccupationAt(string text, int index) => HanText.WordAt(text, index, Occupations)?.Length ?? 0;

    /// <summary>Whether <paramref name="word"/> is an occupation itself (代表, 教练), not a title ending in one.</summary>
    public static bool IsOccupationWord(string word) => Occupations.Words.Contains(word, StringComparer.Ordinal);

    /// <summary>Length of the title (prefixes + core) starting at <paramref name="index"/>, 0 when none.</summary>
    public static int TitleAt(string text, int index)
    {
        var pos = index;
        while (pos < text.Length)
        {
            var core = HanText.WordAt(text, pos, Cores);
            if (core is not null)
            {
                // An assistant to the post is a post of its own (总经理助理, 首相助理).
                var end = pos + core.Length;
                return (core != Assistant && text.AsSpan(end).StartsWith(Assistant, StringComparison.Ordinal) ? end + Assistant.Length : end) - index;
            }
            var prefix = HanText.WordAt(text, pos, Prefixes);
            // 原 and 前 mark a former holder only before the whole title (原党委书记): after a body's name they stand
            // between the body and its post (党委|原常委), so no title runs across them.
            if (prefix is null || (pos > index && prefix is "原" or "前"))
            {
                return 0;
            }
            pos += prefix.Length;
        }
        return 0;
    }

    /// <summary>
    /// End of the chain of titles starting at <paramref name="index"/>: titles joined by 、, each after the first
    /// possibly led by its own organisation (区委常委、宣传部部长). Equal to <paramref name="index"/> when no title starts there.
    /// </summary>
    public static int ChainEnd(string text, int index)
    {
        var length = TitleAt(text, index);
        if (length == 0)
        {
            return index;
        }
        var end = index + length;
        while (end + 1 < text.Length && text[end] is '、' or '兼' or '及')
        {
            var next = NextTitleEnd(text, end + 1);
            if (next == 0)
            {
                break;
            }
            end = next;
        }
        return end;
    }

    private static int NextTitleEnd(string text, int index)
    {
        for (var lead = 0; lead <= 12 && HanText.IsHanAt(text, index + lead); lead++)
        {
            var length = TitleAt(text, index + lead);
            if (length > 0 && (lead == 0 || OrganisationSuffixes.EndsWithSuffix(text, index, index + lead) || HanText.WordAt(text, index, UnitLeads)?.Length == lead
                || OrganisationSuffixes.SuffixEndingAt(text, index + lead)?.Length == lead))
            {
                return index + lead + length;
            }
        }
        return 0;
    }
}
