namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Words that describe a person without being a job title (瓜农鲁小国, 居民张某, 志愿者李某): the name after one
/// is a person, and the descriptor is not published as a title.
/// </summary>
internal static class PersonDescriptors
{
    private static readonly WordIndex Words = HanText.Longest(
        "市民", "居民", "村民", "农民", "群众", "瓜农", "果农", "菜农", "种植户", "养殖户", "商户", "摊主", "店主", "业主", "老板",
        "志愿者", "党员", "老党员", "退役军人", "老兵", "老人", "大爷", "大妈", "阿姨", "大姐", "大哥", "师傅", "游客", "乘客",
        "学生", "家长", "患者", "职工", "员工", "工人", "队员", "村医", "快递员", "外卖员", "环卫工", "保洁员", "创业者", "企业家",
        "同学", "小朋友", "网友", "妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "老伴", "爷爷", "奶奶", "姐姐", "哥哥", "弟弟", "妹妹", "联系人", "跑友", "球友", "队友", "工友", "岁的",
        "专家", "得主", "获得者", "技术人员", "执法人员", "工作人员", "工作者", "扶贫干部", "社区干部", "村干部", "干部",
        "棋手", "新星", "名将", "名宿", "老将", "小将", "搭档", "对手", "同事", "战友", "冠军", "亚军", "季军", "球星", "歌星", "影星",
        "科学家", "艺术家", "音乐家", "航海家", "舞蹈家", "书法家",
        // The fallen a commentary names (革命烈士某某), and heroes and young people a profile names (老英雄某某, 青年某某);
        // not 英雄 alone, which ends monuments' names (人民英雄纪念碑).
        "烈士", "先烈", "老英雄", "青年",
        // The parties of a court or police report (被告人某某, 犯罪嫌疑人某某, 疑犯某某), who hold no post; not 原告 or 被告,
        // which stand as often before the party's agent (原告|代理人某某).
        "被告人", "犯罪嫌疑人", "嫌疑人", "疑犯", "被害人", "受害人", "当事人", "申请人", "证人", "罪犯",
        // Critics and commentators (影视评论人某某).
        "评论人",
        // Young and old by how they are called, kin by marriage and neighbours (小伙某某, 老汉, 老姐妹, 儿媳, 邻居).
        "小伙", "小伙子", "姑娘", "老汉", "姐妹", "老姐妹", "邻居", "儿媳", "女婿", "孙子", "孙女",
        // Those a report names by what they do or did: staff and models (管理人员某某, 劳动模范某某).
        "管理人员", "模范",
        "学家", "养鱼户", "农户", "贫困户", "承包户", "大户", "种粮大户", "住户", "渔民", "牧民", "菜农", "茶农", "蔗农", "花农");

    /// <summary>
    /// Sport and the arts: players and artists named by their game, rank or partner (中国棋手居文君|执白, 哈萨克斯坦新星莱巴金娜,
    /// 搭档彭帅). After these a name is all that comes, so a three-letter name is read before any verb; after 商户 or
    /// 母亲 a verb phrase (商户|安全经营) is as likely.
    /// </summary>
    private static readonly WordIndex NameOnly = HanText.Longest(
        "棋手", "新星", "名将", "名宿", "老将", "小将", "搭档", "对手", "同事", "战友", "队友", "同学", "冠军", "亚军", "季军", "球星", "歌星", "影星",
        "科学家", "艺术家", "音乐家", "航海家", "舞蹈家", "书法家");

    /// <summary>Whether a descriptor that only a name follows ends at <paramref name="end"/>.</summary>
    public static bool NameOnlyEndingAt(string text, int end) => HanText.WordEndingAt(text, end, NameOnly) is not null;

    /// <summary>Whether a descriptor may end at <paramref name="end"/>: its last two letters are tested (one letter in fifteen ends some descriptor).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayEndAt(string text, int end) =>
        end > 0 && Words.Lasts.Contains(text[end - 1]) && (Words.OneLetterWords.Contains(text[end - 1]) || (end > 1 && Words.EndPairs.MayContain(text[end - 2], text[end - 1])));

    /// <summary>Whether a descriptor of two letters or more may end with <paramref name="secondLast"/> and <paramref name="last"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayEndWith(char secondLast, char last) => Words.EndPairs.MayContain(secondLast, last);

    /// <summary>The descriptors of one letter.</summary>
    public static CharSet OneLetterWords => Words.OneLetterWords;

    /// <summary>The letters some descriptor ends with.</summary>
    public static CharSet LastLetters => Words.Lasts;

    /// <summary>Whether some descriptor ends with <paramref name="c"/>.</summary>
    public static bool CanEndWith(char c) => Words.Lasts.Contains(c);

    /// <summary>Whether a descriptor starts at <paramref name="index"/>.</summary>
    public static bool StartsAt(string text, int index) => HanText.WordAt(text, index, Words) is not null;

    /// <summary>Length of the descriptor ending at <paramref name="end"/>, 0 when none.</summary>
    public static int EndingAt(string text, int end) => HanText.WordEndingAt(text, end, Words)?.Length ?? 0;
}
