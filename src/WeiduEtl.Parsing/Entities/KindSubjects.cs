namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// People the text names by their kind alone, not by name or count (民警, 业主们, 城管队员): a kind opening a clause of the
/// sentence after a quotation no one else is given, as its subject (“…”民警在成立专案组的同时…; “…”8月15日，在某小区，
/// 业主们看到护栏装好后…), is who spoke it, as printed: the kind opens the sentence, or a clause after no more than frames
/// of time and place (8月15日，在某小区，). A kind further on (重庆依山而建，市民有…) is what the sentence is about, not who
/// spoke; one that owns something or is joined to more (村民的, 村民和…), and the writer's colleagues (记者), are no speaker.
/// </summary>
internal static class KindSubjects
{
    private const int MaxKind = 6;
    private static readonly CharSet NotAfterKind = new("的和与及、，。；：！？");
    private static readonly WordIndex Reporters = HanText.Longest("记者", "本报记者", "通讯员");
    private static readonly WordIndex TimeFrames = HanText.Longest(
        "当天", "当日", "当晚", "日前", "近日", "昨天", "今天", "上午", "下午", "晚上", "清晨", "傍晚", "随后", "如今", "此前", "去年", "今年", "每天", "每年");

    /// <summary>
    /// Words of how many that stand before a kind of people without counting them (不少|市民, 无数|网友, 许多|家长): the group
    /// as printed speaks, the word with it.
    /// </summary>
    private static readonly WordIndex Quantities = HanText.Longest(
        "不少", "许多", "很多", "众多", "无数", "一些", "部分", "大批", "广大", "多数", "大多数", "绝大多数", "有的", "多位", "各位");

    /// <summary>
    /// Verbs of perceiving or turning to something that open a clause sharing the next clause's subject (看到巡逻归来的民警，
    /// 居民们…; 说起村里的变化，…): a frame of the moment, whatever it names, and no subject of its own.
    /// </summary>
    private static readonly WordIndex MomentVerbs = HanText.Longest(
        "看到", "看着", "听到", "听说", "说起", "谈起", "谈及", "提起", "面对", "望着", "想起", "回想起", "得知", "接过", "站在", "走进", "来到");

    /// <summary>Letters that end a frame of the occasion before the subject (展销会上，, 发布会后，, 比赛中，, 采访时，).</summary>
    private static readonly CharSet OccasionEnds = new("上中后前时里间");
    private const int MaxOccasion = 10;

    /// <summary>The first kind of person opening a clause between <paramref name="start"/> and <paramref name="end"/>, as printed; null when none does.</summary>
    public static string? InSentence(string body, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (!NextSentenceClauses.OpensAt(body, start, at))
            {
                continue;
            }
            if (GroupLengthAt(body, at, end) is > 0 and var length)
            {
                return body.Substring(at, length);
            }
            if (AgeDescriptionEnd(body, at, end) is > 0 and var described && GroupLengthAt(body, described, end) is > 0 and var kind)
            {
                return body.Substring(described, kind);
            }
            if (!IsFrame(body, at))
            {
                return LocatedKind(body, at, end);
            }
        }
        return null;
    }

    private const int MaxLocator = 24;

    /// <summary>
    /// Units that locate the people of a kind printed right after them (某某社区|工作人员, 某某小区|居民代表, 某某村|村民): the
    /// run of divisions and bodies ending in one names where the kind lives or works, and the two speak together, as printed.
    /// </summary>
    private static readonly WordIndex Locators = HanText.Longest("社区", "小区", "街道", "村", "镇", "乡", "县", "区");

    /// <summary>
    /// Words ending in a one-letter locator that name no division where a kind lives (来自全国各地区|游客, 前来景区|游客):
    /// the run before them is a verb's object or a description, not a place the kind belongs to.
    /// </summary>
    private static readonly WordIndex NoDivisions = HanText.Longest("地区", "景区", "园区", "辖区", "片区", "城区", "山区", "灾区", "校区", "家乡", "城乡");

    /// <summary>
    /// A kind of person that a clause opens with after what locates or describes it, with nothing else between
    /// (顺庆区西山街道环峰路社区|工作人员带着…; 某某自治县某某镇下地村的|老乡们难掩喜悦; 路过的|乡亲招呼; 捧着一本《…》研究的|村民有感而发):
    /// the clause's subject, no frame before it. After a 的 the kind speaks as printed without the description; after a
    /// locating unit (<see cref="Locators"/>) the run speaks with it. The description holds no clause mark and no quotation,
    /// and the kind must go on into its verb (<see cref="GroupLengthAt"/>), not own something or end the clause.
    /// </summary>
    private static string? LocatedKind(string body, int at, int end)
    {
        for (var q = at + 1; q < end && q - at <= MaxLocator; q++)
        {
            if (body[q - 1] is '，' or '。' or '；' or '：' or '！' or '？' or '、' or '“' or '”' or '\n' or ',' or ' ')
            {
                return null;
            }
            var afterDe = body[q - 1] == '的';
            // 县长带领全县|干部群众: a person or title printed before the unit is the clause's subject, and the kind after
            // the unit is its verb's object.
            if (!afterDe && (TitleLexicon.TitleEndsAt(body, q) || CountedStrangers.IsPersonNounEndingAt(body, q)))
            {
                return null;
            }
            if (!afterDe && (HanText.WordEndingAt(body, q, Locators) is not { } locator
                || locator.Length == 1 && HanText.WordEndingAt(body, q, NoDivisions) is not null))
            {
                continue;
            }
            if (GroupLengthAt(body, q, end) is > 0 and var length)
            {
                return afterDe ? body.Substring(q, length) : body.Substring(at, q + length - at);
            }
            if (!afterDe && CountedGroups.LengthAt(body, q, end) is > 0 and var counted)
            {
                return body.Substring(at, q + counted - at);
            }
        }
        return null;
    }

    /// <summary>Whether the clause at <paramref name="at"/> opens with a date, a time, a place or a moment (8月15日, 当天上午, 在某小区, 看到…).</summary>
    private static bool IsFrame(string body, int at) =>
        char.IsAsciiDigit(body[at]) || body[at] == '在' || HanText.WordAt(body, at, TimeFrames) is not null || IsOccasion(body, at)
        || HanText.WordAt(body, at, MomentVerbs) is not null;

    private const int MaxAgeDescription = 12;

    /// <summary>
    /// Where a description by age that opens the clause ends after its 的 (80多岁|腿脚不便的|老人, 七旬的), 0 when none: the kind
    /// after it is the subject, as printed without the description.
    /// </summary>
    private static int AgeDescriptionEnd(string body, int at, int end)
    {
        var age = at;
        while (age < end && (char.IsAsciiDigit(body[age]) || Figures.ChineseNumeral.IsDigitOrTen(body[age])))
        {
            age++;
        }
        if (age == at || age >= end)
        {
            return 0;
        }
        if (body[age] is '多' or '余')
        {
            age++;
        }
        if (age >= end || body[age] != '岁')
        {
            return 0;
        }
        for (var de = age + 1; de < end && de - at <= MaxAgeDescription && HanText.IsHan(body[de]); de++)
        {
            if (body[de] == '的')
            {
                return de + 1;
            }
        }
        return 0;
    }

    /// <summary>A short clause of Han letters ending in a word of place or time before its comma (展销会上，; 赛后，).</summary>
    private static bool IsOccasion(string body, int at)
    {
        var comma = SpeakerReader.ClauseEnd(body, at);
        return comma < body.Length && comma - at is >= 2 and <= MaxOccasion && body[comma] is '，' or ',' && OccasionEnds.Contains(body[comma - 1])
            && SpeakerReader.IsAllHan(body.AsSpan(at, comma - at));
    }

    /// <summary>
    /// Length of the kind of person, with any word of how many before it (与会者, 不少市民, 专家们), that opens the clause at
    /// <paramref name="index"/> and is its subject, ending before <paramref name="end"/>; 0 when none does.
    /// </summary>
    public static int GroupLengthAt(string body, int index, int end)
    {
        var quantity = HanText.WordAt(body, index, Quantities)?.Length ?? 0;
        if (LengthAt(body, index + quantity, end) is not (> 0 and var length))
        {
            return 0;
        }
        // A kind before a form of address describes that one person (读者李女士来信反映：): the two speak together.
        var kindEnd = index + quantity + length;
        if (quantity == 0 && NameAfterKind(body, kindEnd, end) is > 0 and var name)
        {
            return kindEnd + name - index;
        }
        return (quantity == 0 ? AddressForms.EndAfterKind(body, kindEnd, end) : kindEnd) - index;
    }

    /// <summary>
    /// Length of a name right after a kind of person (种粮大户|某某|咧嘴一笑, 高二学生|某某|滔滔不绝): the kind describes that
    /// one person and the two speak together; 0 when no name follows.
    /// </summary>
    private static int NameAfterKind(string body, int kindEnd, int end) =>
        PersonNameReader.NameLengthAt(body, kindEnd) is >= 2 and var name && kindEnd + name < end ? name : 0;

    private static int LengthAt(string body, int index, int end)
    {
        if (HanText.WordAt(body, index, Reporters) is not null)
        {
            return 0;
        }
        for (var last = index + 2; last <= Math.Min(end - 1, index + MaxKind); last++)
        {
            if (!HanText.IsHan(body[last - 1]) || body[last - 1] == '的')
            {
                return 0;
            }
            var isKind = CountedStrangers.IsPersonNounEndingAt(body, last) || TitleLexicon.IsOccupation(body[index..last]);
            // A longer kind ending one or two letters on (居民|代表, 党员|志愿者) is the kind: 代表 is no name after 居民.
            if (!isKind || CountedStrangers.IsPersonNounEndingAt(body, last + 1) || (last + 2 < end && CountedStrangers.IsPersonNounEndingAt(body, last + 2)))
            {
                continue;
            }
            var kindEnd = body[last] == '们' ? last + 1 : last;
            return kindEnd < end && HanText.IsHan(body[kindEnd]) && !NotAfterKind.Contains(body[kindEnd]) ? kindEnd - index : 0;
        }
        return 0;
    }
}
