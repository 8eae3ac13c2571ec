using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Organisations by their institution ending (魏都区民政局, 深圳领存技术有限公司), the administrative prefix kept.
/// Nested names (魏都城管局 inside 魏都城管局执法大队) give one mention, the longest. A name the text says the kind of
/// (某某是一家…公司) or lists before a count of bodies (甲、乙等30家企业) is one whatever its ending (<see cref="BodiesOfAKind"/>,
/// <see cref="CountedBodyLists"/>); a team's number is part of its name (<see cref="NumberedUnits"/>).
/// </summary>
internal static class OrganisationFinder
{
    private const int MaxLength = 30;

    /// <summary>National bodies named without an institution ending (感恩共产党, 党中央着眼于…).</summary>
    internal static readonly WordIndex Bodies = HanText.Longest(
        "党中央", "中共中央", "国务院", "文化和旅游部", "央行", "央视", "央广", "人民网", "新华网", "央视网", "光明网", "中国网", "环球网", "中国共产党", "共产党", "全国人大常委会", "全国人大", "全国政协", "中央军委", "中央纪委", "国家监委",
        // The national people's organisations, named by 全国 or 中国 and a shortened kind, or by the centre (全国妇联, 团中央):
        // 全国 and 中国 before a kind otherwise say only what kind of body (全国|协会), these name one.
        "团中央", "共青团中央", "全国总工会", "中华全国总工会", "全国妇联", "全国工商联", "全国侨联", "全国台联", "全国青联", "全国文联",
        "全国残联", "中国科协", "中国侨联", "中国文联", "中国作协", "中国残联", "中国记协", "中国红十字会",
        "联合国", "欧盟", "东盟", "非盟", "北约", "世卫组织", "世贸组织", "世界贸易组织", "世界卫生组织", "上海合作组织", "国际劳工组织",
        "联合国教科文组织", "世界知识产权组织", "国际货币基金组织", "世界银行", "亚洲基础设施投资银行",
        // Armies and their services, named with no institution ending (红军长征, 驻地海军, 八路军某部): 军 ends too many
        // everyday words (冠军, 将军, 参军) to be an ending, so the armies a national daily names are listed.
        "红军", "中国工农红军", "八路军", "新四军", "解放军", "中国人民解放军", "志愿军", "中国人民志愿军", "海军", "陆军", "空军", "火箭军", "武警",
        // The democratic parties by their short names (民盟、民进界别), read only where they stand alone, see PartyShortForms.
        "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟",
        "民革中央", "民盟中央", "民建中央", "民进中央", "农工党中央", "致公党中央", "九三学社中央", "台盟中央");

    /// <summary>
    /// The democratic parties' short names that are also two letters inside everyday words (人民进行, 网民建言, 村民建设): a party
    /// only between a list's or a clause's marks or after 的 (会议的|民盟|、|民进|、…) or before its members (台盟|代表), and not before
    /// 党 (民进党 is another party). Their central committees (民盟中央) are listed whole.
    /// </summary>
    private static readonly WordIndex PartyShortForms = HanText.Longest("民革", "民盟", "民建", "民进", "台盟");

    private static readonly CharSet PartyShortFormLeads = new("、的和与及");
    private static readonly CharSet PartyShortFormFollowers = new("、和与及等的");

    /// <summary>Members and delegates a party's short name is printed before (台盟|代表, 民革|党员, 民进|界别).</summary>
    private static readonly WordIndex PartyMembers = HanText.Longest("代表", "委员", "成员", "党员", "会员", "界");

    private static bool IsPartyShortFormInWord(string body, int start, int end) =>
        HanText.WordEndingAt(body, end, PartyShortForms) is { } shortForm && shortForm.Length == end - start
            && ((start > 0 && HanText.IsHan(body[start - 1]) && !PartyShortFormLeads.Contains(body[start - 1]))
                || (end < body.Length && HanText.IsHan(body[end]) && !PartyShortFormFollowers.Contains(body[end]) && HanText.WordAt(body, end, PartyMembers) is null));

    public static List<EntityMention> Find(string body)
    {
        var found = new List<EntityMention>();
        var ends = System.Buffers.ArrayPool<int>.Shared.Rent(body.Length);
        var count = OrganisationEnds.Find(body, ends);
        for (int k = count - 1, limit = body.Length; k >= 0; k--)
        {
            // Each reading is tried only where a name may end; a national body read back to limit.
            var end = ends[k];
            if (end > limit)
            {
                continue;
            }
            // 共产党|员 is a member, not the party.
            if (HanText.WordEndingAt(body, end, Bodies) is { } named && !(end < body.Length && body[end] == '员') && !IsPartyShortFormInWord(body, end - named.Length, end)
                && !MentionSpans.AnyCovering(found, end - named.Length, end))
            {
                // The party's name before one of its central bodies belongs to it (中共|中央纪委).
                var bodyStart = end - named.Length >= 2 && string.CompareOrdinal(body, end - named.Length - 2, "中共", 0, 2) == 0 && named.StartsWith("中央", StringComparison.Ordinal) ? end - named.Length - 2 : end - named.Length;
                found.Add(new EntityMention(MentionKind.Organisation, body[bodyStart..end], body[bodyStart..end], null, null, bodyStart, end, EntityRules.NationalBody));
                limit = bodyStart;
                continue;
            }
            if (OrganisationSuffixes.SuffixEndingAt(body, end) is not { } suffix || ContinuesName(body, end, suffix) || OrganisationSuffixes.WordGoesOn(body, end) || OrganisationSuffixes.IsParticleAt(body, end)
                || Penalties.IsPenaltyAt(body, end) || OrganisationSuffixes.IsCompoundNamedAfter(body, end))
            {
                continue;
            }
            var start = Start(body, end, suffix);
            if (CommonWordHeads.Opening(body, start, end - suffix.Length, end) is var opening && opening != start)
            {
                start = opening >= 0 && OrganisationSuffixes.EndsWithSuffix(body, opening, end) ? opening : -1;
            }
            if (start < 0 || MentionSpans.AnyCovering(found, start, end))
            {
                continue;
            }
            if (IsCreditOutlet(body, start, end) || IsProjectOrApp(body, start, end) || IsOutletTitle(body, start, end))
            {
                continue;
            }
            var text = body[start..end];
            found.Add(new EntityMention(MentionKind.Organisation, text, text, null, null, start, end, EntityRules.OrganisationSuffix));
        }
        System.Buffers.ArrayPool<int>.Shared.Return(ends);
        found.Reverse();
        BodiesOfAKind.AddTo(body, found);
        CountedBodyLists.AddTo(body, found);
        NumberedUnits.AddTo(body, found);
        LevelBodyPairs.AddTo(body, found);
        ShortenedCompanyNames.AddTo(body, found);
        SourceBodies.AddTo(body, found);
        PlacePolice.AddTo(body, found);
        DepartmentListsBeforePosts.AddTo(body, found);
        DefinedShortForms.AddTo(body, found);
        return found;
    }

    /// <summary>Start of the organisation name ending at <paramref name="end"/>, or -1 when it is no name.</summary>
    public static int Start(string body, int end) =>
        OrganisationSuffixes.SuffixEndingAt(body, end) is { } suffix ? Start(body, end, suffix) : -1;

    /// <summary>Start of the organisation name ending at <paramref name="end"/> in <paramref name="suffix"/>, or -1.</summary>
    private static int Start(string body, int end, string suffix)
    {
        if (OrganisationSuffixes.IsEverydayWordEndingAt(body, end))
        {
            return -1;
        }
        var nameEnd = end - suffix.Length;
        var run = BodyNameClauses.OverOpeningWord(body, NameRun.StartBefore(body, nameEnd, MaxLength - suffix.Length), nameEnd, MaxLength - suffix.Length);
        var start = BodyNameOpening.AfterConjoined(body, BodyNameOpening.AfterFormer(body, BodyNameOpening.After(body, run, nameEnd), nameEnd), end);
        if (start < 0 || NameRun.IsReferenceBack(body, start) || IsEveryOrCounted(body, start))
        {
            return -1;
        }
        start = BodyNameClauses.AfterBodyKind(body, BodyNameClauses.AfterVerbBeforePlace(body, start, nameEnd), nameEnd, end);
        if (HanText.WordAt(body, start, AreaWords) is { } area && end - start - area.Length > suffix.Length)
        {
            start += area.Length;
        }
        // 我市 and 我县 say "our city" before the city's own body (我市|市委常委): the name opens at the body's level letter.
        if (start > 0 && body[start - 1] == '我' && start + 1 < nameEnd && body[start + 1] == body[start] && GovernmentLevels.Contains(body[start]))
        {
            start++;
        }
        if (AfterVerbBeforeBareCommittee(body, start, end) is var level and >= 0)
        {
            return level;
        }
        return OrganisationSuffixes.EndsWithSuffix(body, start, end) ? start : -1;
    }

    /// <summary>Prepositions a bare level committee may follow (在|市委的领导下, 由|省委统一部署).</summary>
    private static readonly CharSet Prepositions = new("在由向对经受");

    /// <summary>
    /// Kinds of division whose last letter is a level's (某某自治县, 成都高新区, 阳泉市郊区, 某某管理区): the word before the letter
    /// names the division there, it does not end a clause.
    /// </summary>
    private static readonly WordIndex LevelLetterKinds = HanText.Longest("自治县", "自治区", "新区", "高新区", "经开区", "开发区", "管理区", "示范区",
        "试验区", "保税区", "郊区", "城区", "矿区", "林区", "特区");

    /// <summary>
    /// Where a level's party committee printed bare after a preposition or a word opens (某县在|市委的领导下, 某某代表|市委、
    /// 市政府, 某县坚持|县委统一部署), -1 when it does not: a preposition or a word the dictionary lists (not as a place) ends
    /// the clause, and no division of the gazetteer ends at the level's letter, so the committee is the paper's own
    /// level's, named by the level alone (LevelBodyPairs reads the same words in pairs). Before a post (新任|省委书记) the
    /// committee is the post's part, as there; after a body (民盟|市委, 农工党|县委) it is that body's.
    /// </summary>
    private static int AfterVerbBeforeBareCommittee(string body, int start, int end)
    {
        var level = end - 2;
        if (level < Math.Max(start, 1) || body[end - 1] != '委' || !GovernmentLevels.Contains(body[level]) || TitleLexicon.TitleAt(body, end) > 0)
        {
            return -1;
        }
        var cut = Prepositions.Contains(body[level - 1])
            || (level - start >= 2 && CommonWords.Find(body.AsSpan(level - 2, 2)) is { } word && !word.Tag.StartsWith("ns", StringComparison.Ordinal)
                && HanText.WordEndingAt(body, level + 1, LevelLetterKinds) is null && HanText.WordEndingAt(body, level, Bodies) is null);
        return cut && !DivisionGazetteer.Shared.EndsAt(body, start, level + 1) ? level : -1;
    }

    /// <summary>Endings of an outlet's name that running text allows (某日报, 某市融媒体中心, 某市新闻传媒中心, 某新闻传媒集团, 某网某某站).</summary>
    private static readonly WordIndex OutletEndings = HanText.Longest([.. OutletNames.RunningTextEndings, "传媒中心"]);
    /// <summary>What follows an outlet's name in a dateline or a credit (某日报讯, 某日报3月3日讯, 某晚报记者, 某报通讯员).</summary>
    private static readonly WordIndex CreditWords = HanText.Longest("讯", "记者", "通讯员");
    /// <summary>Words of a reporter's rank or medium before 记者, any number of them (某日报全媒体首席记者, 某报见习记者, 某报特约摄影记者).</summary>
    private static readonly WordIndex ReporterRanks = HanText.Longest("全媒体", "融媒体", "首席", "见习", "特约", "资深", "摄影");
    private static readonly CharSet DateLetters = new("0123456789０１２３４５６７８９一二三四五六七八九十〇月日");
    /// <summary>Outlets printed together before one credit (某晚报/掌上某地/某网记者, （某日报、某网记者）): a slash, or in a bracket a list's mark, and a short name between.</summary>
    private const int SharedCreditReach = 8;

    /// <summary>
    /// Whether the outlet whose name ends at <paramref name="end"/> opens a dateline or a credit (某日报讯（记者…）, （某日报 记者 X）,
    /// 某市融媒体中心 记者 X, 某晚报/某网记者 X, （某日报、某网记者 X）, 某日报全媒体首席记者 X文/图, 某日报（记者 X）) or follows a web copy's
    /// 来源: (来源：某早报): the outlet that prints the article signs it there, which is no mention of a body; 向某早报、某网记者介绍 is
    /// one. A station other than a web site's signs only a dateline (某网某地站6月30日讯).
    /// </summary>
    private static bool IsCreditOutlet(string body, int start, int end)
    {
        if (HanText.WordEndingAt(body, end, OutletEndings) is not { } ending)
        {
            return false;
        }
        if (IsAfterSourceLabel(body, start))
        {
            return true;
        }
        var at = SkipDate(body, end);
        // A list's mark joins outlets only inside the credit's bracket (（某日报、某网记者 X）); in running text the list is of whom
        // someone spoke to (向某早报、某网记者反映).
        var inBracket = start > 0 && body[start - 1] is '（' or '(';
        for (var shared = 0; shared < 3 && at < body.Length && (body[at] is '/' or '／' || (inBracket && body[at] == '、')); shared++)
        {
            var next = at + 1;
            while (next < body.Length && next - at <= SharedCreditReach && HanText.IsHan(body[next]) && HanText.WordAt(body, next, CreditWords) is null)
            {
                next++;
            }
            at = next;
        }
        // The credit may open in a bracket after the outlet (某日报（记者 X 通讯员 Y）).
        if (at < body.Length && body[at] is '（' or '(')
        {
            at++;
        }
        while (HanText.WordAt(body, at, ReporterRanks) is { } rank)
        {
            at += rank.Length;
        }
        return HanText.WordAt(body, at, CreditWords) is { } credit && (ending != OutletNames.LocalStation || credit == "讯");
    }

    /// <summary>Whether the outlet ending at <paramref name="end"/> stands in book marks (组织《某日报》、某电台): the paper's title, no body.</summary>
    private static bool IsOutletTitle(string body, int start, int end) =>
        start > 0 && end < body.Length && body[start - 1] == '《' && body[end] == '》' && HanText.WordEndingAt(body, end, OutletEndings) is not null;

    /// <summary>Whether 来源 and a colon stand right before <paramref name="start"/> (来源：某早报, 来源: 某日报): a web copy's source field.</summary>
    private static bool IsAfterSourceLabel(string body, int start)
    {
        var at = start;
        while (at > 0 && body[at - 1] is ' ' or '\u3000')
        {
            at--;
        }
        return at >= 3 && body[at - 1] is ':' or '：' && string.CompareOrdinal(body, at - 3, "来源", 0, 2) == 0;
    }

    private static int SkipDate(string body, int at)
    {
        while (at < body.Length && (body[at] is ' ' or '\u3000' || DateLetters.Contains(body[at])))
        {
            at++;
        }
        return at;
    }

    /// <summary>Endings of a building a project puts up (某国际学校项目, 某总部中心项目, 某发电厂项目, 某幼儿园新建项目).</summary>
    private static readonly WordIndex FacilityEndings = HanText.Longest("学校", "小学", "中学", "大学", "学院", "幼儿园", "医院", "中心", "厂", "馆", "院", "站");
    /// <summary>A project, or the project of building (某中心建设项目).</summary>
    private static readonly WordIndex ProjectWords = HanText.Longest("项目", "建设项目", "新建项目", "改建项目", "扩建项目", "迁建项目", "改造项目");
    /// <summary>Words that go on from 项目 into a body or a post of the project (某公司项目部, 项目经理, 项目组).</summary>
    private static readonly WordIndex ProjectBodies = HanText.Longest("项目部", "项目组", "项目办", "项目经理", "项目负责人");
    /// <summary>Words for an app, printed before or after its quoted name (政务服务APP“某某办”, “某某中心”APP).</summary>
    private static readonly string[] AppWords = ["APP", "App", "app", "客户端", "小程序"];

    /// <summary>
    /// Whether the words ending at <paramref name="end"/> name a building being put up (某国际学校项目, 某总部中心项目等): the
    /// project is named after what it builds, which is no body yet; or an app in quotes (“某某中心”APP, APP“某某办”).
    /// </summary>
    private static bool IsProjectOrApp(string body, int start, int end)
    {
        if (HanText.WordEndingAt(body, end, FacilityEndings) is not null && end + 1 < body.Length && HanText.WordAt(body, end, ProjectWords) is not null
            && HanText.WordAt(body, end, ProjectBodies) is null)
        {
            return true;
        }
        if (start == 0 || end >= body.Length || body[start - 1] != '“' || body[end] != '”')
        {
            return false;
        }
        return AppWords.Any(w => body.AsSpan(end + 1).StartsWith(w, StringComparison.Ordinal) || body.AsSpan(0, start - 1).EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Words of the area a body serves or stands in, printed before its name (辖区交警二支队, 当地某某医院): they say where, the
    /// name opens after them.
    /// </summary>
    private static readonly WordIndex AreaWords = HanText.Longest("辖区", "当地", "本地");

    private static readonly CharSet Every = new("各每");
    /// <summary>Letters of the level a body belongs to (省委, 市委, 县政府, 区委).</summary>
    private static readonly CharSet GovernmentLevels = new("省市县区");
    /// <summary>以上 and 以下 after a level (县级以上地方人民政府): every body of a range, none named.</summary>
    private static readonly WordIndex Ranges = HanText.Longest("以上", "以下");
    /// <summary>同级 and 本级 open a run (同级河长办): the body of that level wherever it is, none named.</summary>
    private static readonly WordIndex Levels = HanText.Longest("同级", "本级");
    /// <summary>Measure letters after a number (330场次…, 24小时…, 1.5亿元…): a count, never the start of a body's name.</summary>
    private static readonly CharSet Measures = new("场次个家所项座元亿万点时名位件届");

    /// <summary>
    /// Whether the run starting at <paramref name="start"/> follows 各 or 每 (各级人民法院, 各地政协), opens with the 上 or 下
    /// of a range or a level, or is a measure after a number: the words say every body of a kind, or count, and name none.
    /// </summary>
    private static bool IsEveryOrCounted(string body, int start) =>
        HanText.WordAt(body, start, Levels) is not null
        || (start > 0 && (Every.Contains(body[start - 1]) || HanText.WordAt(body, start - 1, Ranges) is not null
            || (char.IsAsciiDigit(body[start - 1]) && Measures.Contains(body[start]))));

    /// <summary>
    /// An ending that is the start of a title (局|长, 党组|书记, 中队|长) is not the end of a name, nor one that is the end
    /// of a longer title (中共中央政治局常|委 is a post, 中共中央政治局 the body).
    /// </summary>
    private static bool ContinuesName(string body, int end, string suffix) =>
        TitleLexicon.TitleAt(body, end - suffix.Length) > suffix.Length || TitleLexicon.CoreLengthEndingAt(body, end) > suffix.Length;
}
