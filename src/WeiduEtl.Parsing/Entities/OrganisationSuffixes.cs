namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The endings of Chinese institution and company names (局, 委, 办事处, 有限公司…), and the everyday words that
/// end the same way but name no institution (举办, 格局, 干部).
/// </summary>
internal static class OrganisationSuffixes
{
    /// <summary>The endings; <see cref="OrganisationEnds"/> reads their letters.</summary>
    internal static readonly WordIndex Suffixes = HanText.Longest(
        "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "办事处", "管委会", "委员会", "居委会", "村委会",
        // 委员会 shortened (筹委会, 专委会, 组委会).
        "委会",
        "党工委", "党委", "党组",
        // A party school is a body of its own (中央党校, 市委党校).
        "党校", "党支部", "党总支", "街道", "社区", "中心", "医院", "卫生院", "学校", "小学", "中学", "大学",
        "学院", "幼儿园", "大队", "中队", "支队", "派出所", "法院", "检察院", "银行", "协会", "商会", "联合会", "基金会",
        "研究院", "研究所", "合作社", "政府", "人大", "政协", "图书馆", "博物馆", "纪念馆", "文化馆", "新华社", "日报社",
        "电视台", "工作站", "服务站", "妇联", "总工会", "工会", "残联", "科协", "侨联", "文联", "团委", "红十字会", "农场", "工厂", "总部", "事务所", "实验室", "联盟", "证券", "日报", "晚报", "早报", "晨报", "药房", "大药房",
        "艺术团", "歌舞团", "剧团", "乐团", "杂技团", "研究室", "监会", "总台", "电台", "海关", "法庭", "战区", "军区",
        // The national arts federations' members shortened (中国盲协, 中国美协).
        "盲协", "聋协", "肢协", "音协", "美协", "书协", "剧协", "影协", "舞协", "曲协", "视协", "摄协", "民协",
        "办公室", "议会", "总社", "分行", "支行", "理事会", "学会", "研究会", "促进会", "足协", "作协", "大使馆", "领事馆", "党", "社", "署",
        // Groups a body sends or sets up (中央巡视组, 某河道整治工作领导小组, 中国代表团) and bodies named 组织 or 总会 (国际移民组织,
        // 中华全国体育总会); the last two are a verb and an adverb as often (see VerbLikeEndings).
        "领导小组", "工作小组", "工作组", "巡视组", "督导组", "督查组", "专家组", "调查组", "指导组", "检查组", "代表团", "访问团",
        "考察团", "组织", "总会",
        // A party committee's inspection group (某区委第五巡察组) and residents' councils (某小区居民议事会).
        "巡察组", "议事会",
        // Groups sent to oversee or to report (老干部督导团, 某报采风团) and colleges named short (某某医专, 某某师专).
        "督导团", "采风团", "医专", "师专",
        // Groups sent to teach or to preach for a term (某大学研究生支教团, 中央宣讲团, 某市讲师团).
        "支教团", "宣讲团", "讲师团",
        // A Buddhist temple, a community with its own posts (某某寺监院, 某某寺住持).
        "寺",
        // A processing works, whose trade is read with what it processes (农副产品|加工厂 is any such works, 某某食品|加工厂 one).
        "加工厂",
        // A university's or a hospital's campus on a site of its own (某大学某某校区, 某医院东部院区).
        "校区", "院区",
        // A party committee's or a government's offices that oversee and study (某县委督查室, 某省政府政研室), beside 研究室.
        "督查室", "政研室",
        "队", "司", "局", "委", "办", "厅", "部", "处", "所", "站", "院", "厂", "馆",
        // A hospital's or an office's department, only before its post (某医院麻醉科|副主任, 某局宣传科|科长).
        "科");

    /// <summary>Everyday words with an institution ending, never the end of an organisation's name.</summary>
    private static readonly WordIndex EverydayWords = HanText.Longest(
        "举办", "主办", "承办", "协办", "创办", "开办", "督办", "包办", "兴办", "代办", "帮办", "领办", "布局", "格局", "大局",
        "全局", "开局", "结局", "变局", "出局", "当局", "破局", "时局", "干部", "全部", "内部", "外部", "局部", "基部", "各部",
        "底部", "头部", "东部", "西部", "南部", "北部", "中部", "到处", "好处", "处处", "难处", "用处", "益处", "长处", "短处",
        "场所", "住所", "厕所", "车站", "网站", "庭院", "场馆", "宾馆", "饭馆", "核心", "重心", "初心", "民心", "人心", "信心",
        "通道处", "入站", "进站", "出站", "大院", "小院", "排队", "团队", "军队", "部队", "球队", "梯队", "站队",
        "插队", "列队", "带队", "领队", "组队", "上司", "官司", "总司",
        // Kinds of body, not a body's name (基层党组织, 社会组织).
        "党组织", "基层组织", "社会组织", "国际组织", "群众组织", "自治组织", "经济组织", "恐怖组织", "犯罪组织", "非政府组织",
        // The party in a phrase about it (从严治党, 入党), not a party's name.
        "治党", "建党", "强党", "管党", "兴党", "入党", "全党", "爱党", "我党", "政党", "该党", "本党", "跟党", "听党", "向党", "对党",
        "为党", "在党", "护党", "忠党", "一党", "两党", "多党", "执政党", "在野党", "反对党", "结社", "公社", "部署", "签署",
        // Places and ways, not offices (无处不在, 相处, 之处).
        "无处", "何处", "此处", "各处", "多处", "住处", "去处", "深处", "远处", "近处", "高处", "身处", "相处", "共处", "之处", "所处",
        // Verbs and distances with those endings (惩处, 地处, 申办, 网上办, 300米处).
        "惩处", "查处", "调处", "地处", "论处", "判处", "申办", "网上办", "掌上办", "马上办", "就近办", "违规办", "米处", "公里处",
        // 办 as the verb to do and 厂 as a works left or built (怎么办, 商量着办, 产品出厂, 村里建厂).
        "怎么办", "咋办", "着办", "出厂", "建厂",
        // A game's turn or a situation, not a bureau (开好局, 打开新局, 陷入僵局), and a queue (排起长队).
        "好局", "新局", "僵局", "困局", "危局", "战局", "棋局", "饭局", "骗局", "定局", "乱局", "残局", "长队",
        // Verbs that end in an ending's letter (病人住院, 战士归队, 成群结队) and the parts of a body (击中胸部).
        "住院", "出院", "入院", "转院", "归队", "掉队", "离队", "入队", "结队", "整队", "胸部", "腹部", "腰部", "背部", "腿部", "面部",
        "颈部", "脚部", "手部", "胃部", "肺部", "脑部",
        // Fields and degrees in 科, not departments (学科带头人, 本科学历).
        "学科", "本科", "专科", "文科", "理科", "工科", "农科", "百科", "前科", "预科",
        // The teams and games of a match (主队, 客队, 拿下首局, 决胜局, 保住发球胜盘局) and a spot on a way (起点处, 路口处): no bureau or office.
        "主队", "客队", "首局", "次局", "末局", "决胜局", "胜局", "盘局", "平局", "起点处", "终点处", "入口处", "出口处", "路口处", "门口处",
        "交界处", "交汇处", "尽头处", "拐角处", "转角处", "结合处", "衔接处", "连接处",
        // Everywhere and all around (随处可见, 四处奔走).
        "随处", "四处",
        // 人大 of 令人大开眼界: the one a causative verb moves, and 大 the verb's adverb.
        "令人大", "让人大", "使人大", "叫人大",
        // A squad sent out for a task and a strong side of a league (文艺小分队, 足球强队): groups, no body's name.
        "小分队", "强队",
        // A city's planned second centre (城市副中心), a district, not a body.
        "副中心",
        // The centre of a town or a city (镇中心大市场, 位于市中心): a spot, not a body; 某镇中心小学 ends later.
        "镇中心", "乡中心", "村中心", "城中心", "市中心",
        // Verbs of handing down, leading and organising with 办, 队 or 组织 (上级交办的任务, 市长率队调研, 群众自发组织的演出).
        "交办", "率队", "自发组织",
        // Campaigns that take a service into the community (民警进社区, 文艺进社区): a visit, not a community's name.
        "进社区",
        // Inns and eating houses, and the spot at a street's corner (一家小旅馆, 街角处): places, not bodies.
        "旅馆", "餐馆", "茶馆", "酒馆", "街角处",
        // A village's two committees (村两委会) and the courtyards people live in (公路局家属院, 胡同里的楼院).
        "两委", "两委会", "家属院", "楼院",
        // The bottom or top of a thing (箱底处, 楼顶处): a spot, not an office.
        "底处", "顶处",
        // A new or an old campus (某学院新校区): a site of the body named before, not a body.
        "新校区", "老校区", "新院区", "老院区",
        // Where two areas meet (城乡结合部), a place somewhere else (飞上别处, 搬往他处) and the stops of a tour (采访团首站, 下一站):
        // spots, not offices or stations.
        "结合部", "接合部", "别处", "他处", "首站", "第一站", "下一站", "末站");

    /// <summary>
    /// Halls, stations and headquarters: places people go to, not bodies (服务大厅, 营业厅, 火车站, 集团总部), unless a post or
    /// a party organ follows, when the station is the body its staff work for (某某站党委副书记, 北京西站站长).
    /// </summary>
    private static readonly WordIndex Venues = HanText.Longest(
        "大厅", "展厅", "影厅", "客厅", "餐厅", "票厅", "服务厅", "营业厅", "歌厅", "舞厅", "门厅",
        "火车站", "高铁站", "地铁站", "汽车站", "客运站", "公交站", "中转站", "加油站", "充电站", "电站", "泵站", "枢纽站", "停站",
        "东站", "南站", "西站", "北站", "总部",
        // Waiting rooms, toll gates, inns on a road and coach stations (候车厅, 高速收费站, 交通驿站, 客运总站).
        "候车厅", "候车室", "候机厅", "收费站", "驿站", "客运总站", "公交总站",
        // Sports halls, where games are played and people train (羽毛球馆, 击剑馆).
        "球馆", "击剑馆", "游泳馆", "体育馆", "滑冰馆", "训练馆",
        // Centres that are grounds and halls, where games, fairs and shoppers go (某市体育中心, 奥体中心, 国际会展中心).
        "体育中心", "奥体中心", "奥帆中心", "会展中心", "展览中心", "购物中心",
        // Yards where goods or refuse are handled and the windows that sell tickets (垃圾回收场站, 自动售票处).
        "场站", "售票处",
        // Halls where meetings are held and where things are shown (国家会议中心, 某铁路陈列馆): venues, as 会展中心 is.
        "会议中心", "陈列馆",
        // Rooms where things are shown or talks given (某某文化展示厅, 报告厅) and a courtyard house (老北京四合院): rooms and
        // houses of a kind, not the bodies that own them.
        "展示厅", "陈列厅", "展览厅", "报告厅", "多功能厅", "四合院");

    private static readonly WordIndex PartyOrgans = HanText.Longest("党委", "党总支", "党支部", "党组", "党工委");

    /// <summary>Whether a venue ends at <paramref name="end"/> (候车大厅, 郑州站) with no post or party organ after it.</summary>
    public static bool IsVenueEndingAt(string text, int start, int end) =>
        (HanText.WordEndingAt(text, end, Venues) is not null || IsStationOfAPlace(text, start, end)) && !PostFollows(text, end);

    /// <summary>Whether a post or a party organ starts at <paramref name="at"/>: what ends before it is the body it belongs to.</summary>
    private static bool PostFollows(string text, int at) => TitleLexicon.TitleAt(text, at) > 0 || HanText.WordAt(text, at, PartyOrgans) is not null;

    /// <summary>Institution words that name no particular body on their own or after one more character (社区, 送医院).</summary>
    private static readonly WordIndex BareInstitutions = HanText.Longest(
        "中心", "政府", "党委", "党组", "街道", "社区", "医院", "学校", "银行", "公司", "分公司", "集团", "企业", "大队", "中队",
        "支队", "派出所", "法院", "事务所", "实验室", "联盟", "合作社", "卫生院", "幼儿园", "海关", "法庭", "电台", "委员会", "居委会", "村委会", "办事处", "协会", "商会", "剧院", "影院", "书院", "党", "社", "署",
        "工作组", "专家组", "调查组", "检查组", "代表团", "组织",
        // A party committee's departments, any committee's (区委常委、组织部部长).
        "组织部", "宣传部", "统战部",
        // A community's residents' committee named short (社居委, 居委, 村委) and a compound's owners' committee (业委会): any one's.
        "社居委", "居委", "村委", "业委会",
        // A headquarters set up for a task, a project's office and a people's tribunal, any one's (成立指挥部, 项目部的传统, 扎根人民法庭).
        "指挥部", "项目部", "人民法庭",
        // A campus with no body before it (新校区, 老院区).
        "校区", "院区");

    /// <summary>Words that start with an ending's last character: there the character begins a word, no name ends (国家司|法, 所见所|闻, 部|门).</summary>
    private static readonly WordIndex Continuations = HanText.Longest(
        "司法", "司机", "所见", "所闻", "所有", "所以", "所谓", "所在", "所属", "所得", "所需", "办学", "办理", "办事", "办法", "办公",
        "办好", "办实", "办难事", "处理", "处置", "处罚", "处分", "处于", "处在", "部门", "部署", "部分", "队伍", "队员", "局面", "局势", "委托", "站在", "站岗",
        "院子", "厂商", "厂家", "厂房", "馆藏", "社会", "社区", "社保", "社团", "社交", "社科", "社工", "署名", "署理", "党员", "党性", "党风",
        "党纪", "党建", "党章", "党史", "党务", "党费", "党旗", "党课", "党内", "党外", "组织部",
        // 协 of a shortened association (民协) that begins a word instead (难民|协议).
        "协议", "协定", "协调", "协作", "协商", "协同", "协助", "协力",
        // A meeting, pupils and errands, not the body (政治协商会|议, 中小|学生, 协同|办案, 用户|办电).
        "会议", "学生", "办案", "办税", "办电", "办件", "办证",
        // An ending's letter opening a word that repeats it, a verb of standing or a part (中国处|处, 又一次站|上, 院|门, 关键部|件).
        "处处", "站上", "站起", "站出", "站稳", "站到", "院门", "部件", "部位", "部落",
        // 办 and 处 as verbs with their result or object (集中力量办|大事, 努力办|成, 刚办|完, 依法处|以罚款, 泰然处|之).
        "办成", "办完", "办大事", "办到", "办得", "办过", "办起", "处以", "处之",
        // 所 of a saying (畅所欲言, 随心所欲) and 站 of a place by a station (站前路, 站前广场).
        "所欲", "站前",
        // 组成 of making up (专家组|成核心团队): the group is the verb's subject, no name ends inside the verb.
        "组成",
        // A central village or town (某某中|心村, 中|心镇): a kind of settlement, no centre ends there.
        "心村", "心镇",
        // A temple's word for temples, and a place named after a temple (寺|庙, 寺|院, 白马寺|镇, 某寺|村, 某寺|路).
        // A station's building and a courtyard (东站|站房, 胡同|院落): things of a place, no station or court ends there.
        "站房", "院落",
        "寺庙", "寺院", "寺镇", "寺乡", "寺村", "寺路", "寺街", "寺巷",
        // A court's or a school's song, motto, emblem and history (制定院歌、院训): its own, not a body's name ending.
        "院歌", "院训", "院徽", "院史", "院庆", "院赋", "校歌", "校训", "校徽", "校史", "校庆",
        // A party committee's group that studies theory together (党委理论学习中心|组): a group of members, no centre.
        "心组",
        // A rank of officials or units named by the level of a ministry, a bureau or an office (省部|级, 厅局|级, 正处|级).
        "部级", "厅级", "局级", "处级", "司级", "科级",
        // A part or a limit (局|部利益, 局|限于) and a city's central districts (中|心城区, 中|心城市): no bureau or centre ends there.
        "局部", "局限", "心城",
        // A sub-district's roads (某某街道|路面坑洼): 街道 there is the streets, no sub-district's office.
        "道路",
        // 校 of a university's head, campus, grounds and alumni after 大学 (某大学|校长, 某大学|校区): no 学校 ends there.
        "校长", "校园", "校友", "校方");

    /// <summary>The particle 所 before a verb (…业务所|产生的, 为人类所|用): after a bare 所 no bureau ends.</summary>
    private static readonly WordIndex ParticleSuo = HanText.Longest(
        "所用", "所产", "所做", "所作", "所说", "所提", "所学", "所获", "所能", "所带", "所致", "所造", "所知", "所想", "所盼", "所急", "所求", "所为", "所吸", "所引", "所形",
        // What someone said or made (某学者所言, 该项目所研发的).
        "所言", "所述", "所研", "所散", "所开", "所建",
        // 所 before a negation is the particle (前所未有, 闻所未闻, 无所不能), and before 起 of a part played (所起的作用).
        "所未", "所不", "所起",
        // What a work or a speech holds or does (讲话所蕴含的, 作品所承载的, 页面所载, 增长所发挥的, 世所罕见).
        "所蕴含", "所蕴藏", "所承载", "所载", "所发挥", "所指出", "所罕见", "所倡导", "所追求", "所取得", "所面临", "所展现",
        "所体现", "所反映", "所表达", "所付出", "所关心", "所关注", "所描述", "所描绘", "所记载",
        // Where someone goes, what someone points to, writes or suffers (老人所到之处, 受害人所指的方向, 纸条所写的, 自己所遭受的).
        "所到", "所指", "所写", "所遭", "所受", "所经");

    /// <summary>Whether a word starts inside the ending that ends at <paramref name="end"/> (司|法 of 国家司法).</summary>
    public static bool WordGoesOn(string text, int end) =>
        end > 0 && HanText.WordAt(text, end - 1, Continuations) is { } word && word.Length > 1 && !PostFollows(text, end)
        && !(word == "心组" && IsVerbOfOrganising(text, end)) && !(word == "组成" && IsGroupMemberOrFounding(text, end));

    /// <summary>成员 or 成立 after a group (某工作组|成员, 某领导小组|成立): the group's members or its founding, so the name ends at 组.</summary>
    private static bool IsGroupMemberOrFounding(string text, int end) => end + 1 < text.Length && text[end + 1] is '员' or '立';

    /// <summary>组织 or 组建 after a centre (市疾控中心|组织专家): the centre acts, and its name ends before the verb.</summary>
    private static bool IsVerbOfOrganising(string text, int end) => end + 1 < text.Length && text[end + 1] is '织' or '建';

    /// <summary>Whether the bare ending 所 at <paramref name="end"/> is the particle before a verb: then no name ends there.</summary>
    public static bool IsParticleAt(string text, int end) =>
        end > 0 && text[end - 1] == '所' && SuffixEndingAt(text, end) == "所" && !PostFollows(text, end) && (HanText.WordAt(text, end - 1, ParticleSuo) is not null || IsPassiveAgent(text, end));

    private const int PassiveReach = 12;

    /// <summary>
    /// 被 or 为 earlier in the clause makes 所 the passive's particle (被其魅力所|吸引, 不为眼前利益所|动): the words
    /// between are the agent, never a bureau's name.
    /// </summary>
    private static bool IsPassiveAgent(string text, int end)
    {
        // The particle stands before its verb; before 的 or a conjunction 所 ends a bureau (水生所的, 水生所与…).
        if (!HanText.IsHanAt(text, end) || text[end] is '的' or '与' or '和' or '及')
        {
            return false;
        }
        var suo = end - 1;
        for (var at = suo - 2; at >= 0 && at >= suo - PassiveReach && HanText.IsHan(text[at]); at--)
        {
            // 如 frames a source as 被 frames an agent (正如某学者|所指出的), unless it opens a place's name (如皋市农科所).
            // 在…中 frames a setting (在多年实践中|所积累的): 所 after its 中 is the particle too.
            if (text[at] is '被' or '为' || (text[at] == '如' && DivisionGazetteer.Shared.MatchAt(text, at) == 0) || (text[at] is '在' or '对' && text[suo - 1] == '中'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The institution ending that ends at <paramref name="end"/>, or null.</summary>
    public static string? SuffixEndingAt(string text, int end) => HanText.WordEndingAt(text, end, Suffixes);

    /// <summary>Whether an everyday word with an institution ending ends at <paramref name="end"/> (举办, 从严治党): no name ends there.</summary>
    public static bool IsEverydayWordEndingAt(string text, int end) => HanText.WordEndingAt(text, end, EverydayWords) is not null;

    /// <summary>Whether <c>text[start..end]</c> ends in an institution ending and is more than the ending or an everyday word.</summary>
    public static bool EndsWithSuffix(string text, int start, int end)
    {
        var suffix = SuffixEndingAt(text, end);
        if (suffix is null || end - start <= suffix.Length || end - start < 3)
        {
            return false;
        }
        if (HanText.WordEndingAt(text, end, EverydayWords) is not null || (suffix == "党" && !PartyNameLasts.Contains(text[end - 2])))
        {
            return false;
        }
        // A ministry is named by its field alone (教育部); a bureau or a committee so named is any place's (旅游局, 县级政协).
        if (IsCounted(text, start) || (suffix.Length == 1 && IsCounted(text, end - 1)) || (IsOrdinalOnly(text, start, end - suffix.Length) && !IsNumberedGroup(suffix))
            || (suffix is not ("部" or "署") && IsOnlyKind(text, start, end - suffix.Length)))
        {
            return false;
        }
        if (IsVenueEndingAt(text, start, end) || (suffix == "科" && !PostFollows(text, end)) || IsVerbOfManner(text, start, end, suffix) || IsSuperlativeSpot(text, start, end, suffix) || IsSloganOfBuilding(text, end, suffix) || IsVerbLikeEndingGoingOn(text, start, end)
            || DescribedBodies.IsActionOnAKind(text, start, end - suffix.Length) || DescribedBodies.IsPeoplesOrganOfALevel(text, start, end)
            || DescribedBodies.IsOrganOfAKindOfUnit(text, start, end) || DescribedBodies.IsGovernmentOfNoPlace(text, start, end)
            || DescribedBodies.IsCountrysKind(text, start, end) || IsBranchOfNoUnit(text, start, end))
        {
            return false;
        }
        var bare = HanText.WordEndingAt(text, end, BareInstitutions);
        return bare is null || IsLevelOrgan(text, start, end) || end - start - bare.Length >= 2 && !IsOnlyScope(text, start, end - bare.Length) && !IsOnlyKind(text, start, end - bare.Length)
            && !KindAdjectiveLasts.Contains(text[end - bare.Length - 1]) && !IsAfterPreposition(text, start, end - bare.Length)
            && !OpensWithClauseWord(text, start, end - bare.Length) && !IsResultativeVerb(text, start, end - bare.Length);
    }

    /// <summary>Last letters of a verb's result (讲好, 找准, 压实, 守牢): the verb has reached its end on its object.</summary>
    private static readonly CharSet ResultLetters = new("好准实牢");

    /// <summary>Dictionary tags of verbs (抓好 v): a verb and its result the dictionary lists as one word.</summary>
    private static readonly HashSet<string> VerbTags = new(StringComparer.Ordinal) { "v", "vn" };

    /// <summary>
    /// Whether the two letters before a bare institution are a verb and its result (讲好|社区故事, 找准|社区开展…, 抓好|社区党建):
    /// the institution is the verb's object, no body's name. A word the dictionary tags otherwise is a name's wish or
    /// quality (美好社区, 友好医院, 扎实…), and so is read as before.
    /// </summary>
    private static bool IsResultativeVerb(string text, int start, int bareStart) =>
        bareStart - start == 2 && ResultLetters.Contains(text[start + 1]) && !ResultLetters.Contains(text[start])
        && (CommonWords.Find(text.AsSpan(start, 2)) is { } word ? VerbTags.Contains(word.Tag) : ActionLetters.Contains(text[start]));

    /// <summary>
    /// Verbs of doing work that take a result letter (讲|好, 找|准, 抓|实, 做|实, 压|实, 守|牢): an unlisted pair opening with
    /// another letter is a name's (新实社区, 丰实社区, 华实社区, 永牢社区).
    /// </summary>
    private static readonly CharSet ActionLetters = new("讲找抓做压守夯落办管干摸选看");

    /// <summary>Tags of adverbs and prepositions (认真 ad, 共同 d, 通过 p): no name opens with one.</summary>
    private static readonly HashSet<string> ClauseOpeningTags = new(StringComparer.Ordinal) { "d", "ad", "p" };

    /// <summary>
    /// One-letter prepositions and negations that open a clause (用|脚步丈量, 未|通知, 替|居民, 把|群众): before a phrase of two
    /// letters or more they are the clause's, not a name's first letter.
    /// </summary>
    private static readonly CharSet ClauseOpeningLetters = new("用替把被将未没不");

    /// <summary>
    /// Whether the words before a bare institution open with an adverb, a preposition or a negation (认真替|社区, 未通知|社区,
    /// 用脚步丈量|社区): a verb phrase whose object the institution is, no body's name, which opens with a place or a proper
    /// name. A common word at the start is read by its tag, so 不动产, 将军 or 未来 open names as before, and a place or a
    /// country (也门政府) opens a name whatever its tag.
    /// </summary>
    private static bool OpensWithClauseWord(string text, int start, int bareStart)
    {
        // A place or a country opens a name whatever the dictionary tags its letters (也门 is tagged an adverb).
        if (DivisionGazetteer.Shared.MatchAt(text, start) > 0 || Countries.At(text, start) is not null)
        {
            return false;
        }
        for (var length = Math.Min(3, bareStart - start); length >= 2; length--)
        {
            if (CommonWords.Find(text.AsSpan(start, length)) is { } word)
            {
                return ClauseOpeningTags.Contains(word.Tag) && ContinuesAsClause(text, start + length, bareStart);
            }
        }
        return bareStart - start >= 3 && ClauseOpeningLetters.Contains(text[start]) && ContinuesAsClause(text, start + 1, bareStart);
    }

    /// <summary>
    /// Whether what follows a clause's opening word reads on as a clause: only a letter that starts no word (用|友网络公司),
    /// before a word of a kind ending right at the institution (网络|公司), shows the opening word is a name's first letters
    /// that only look like a preposition; a clause's object may be a kind too (未通知|物业|公司), but opens with a word.
    /// </summary>
    private static bool ContinuesAsClause(string text, int at, int bareStart)
    {
        if (at >= bareStart || ClauseOpeningLetters.Contains(text[at]) || KindEndingAt(text, bareStart) is null)
        {
            return true;
        }
        for (var length = Math.Min(3, bareStart - at); length >= 2; length--)
        {
            if (CommonWords.Find(text.AsSpan(at, length)) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tags of adverbs (马上 d, 认真 ad): before a bare 办 they say how something is done.</summary>
    private static readonly HashSet<string> AdverbTags = new(StringComparer.Ordinal) { "d", "ad" };

    /// <summary>
    /// Whether a bare 办 ends after an adverb (民生实事认真|办, 群众的事马上|办): 办 is the verb to do, which the adverb says how,
    /// no office's short name.
    /// </summary>
    private static bool IsVerbOfManner(string text, int start, int end, string suffix) =>
        (suffix == "办" && ((end - 3 >= start && CommonWords.Find(text.AsSpan(end - 3, 2)) is { } word && AdverbTags.Contains(word.Tag))
            || (end - 2 > start && AdverbsOfPromptness.Contains(text[end - 2]))))
        || (suffix == "站" && end - 2 > start && AdverbsOfTime.Contains(text[end - 2]));

    /// <summary>One-letter adverbs of time before a bare 站 (在亭旁刚站了5分钟, 又站上领奖台): 站 is the verb to stand.</summary>
    private static readonly CharSet AdverbsOfTime = new("刚又才曾");

    /// <summary>
    /// One-letter adverbs of promptness or turn before a bare 办 (接诉即办, 随到随办, 一次就办, 当场立办): 办 is the verb, done at once,
    /// no office; an office's short name ends in the field it handles (扶贫办, 创文办).
    /// </summary>
    private static readonly CharSet AdverbsOfPromptness = new("即随就立速快");

    /// <summary>Whether a bare 处 ends a superlative (最高处, 最高最险处, 最深处): the spot where a thing is most so, no office.</summary>
    private static bool IsSuperlativeSpot(string text, int start, int end, string suffix) =>
        suffix == "处" && end - 3 >= start && text[end - 3] == '最';

    /// <summary>Levels of government named by one letter before 政府 (市政府, 省政府, 区政府, 县政府).</summary>
    private static readonly CharSet GovernmentLevels = new("省市县区");

    /// <summary>
    /// Whether <c>text[start..end]</c> is a level's government (市政府, 省政府, 某某市委、|市政府) or another organ every level has
    /// one of (市法院, 市统战部, 县宣传部): the body of the province, the city or the county the article is about, which a
    /// reader knows as one body as well as by its place's name.
    /// </summary>
    private static bool IsLevelOrgan(string text, int start, int end) =>
        GovernmentLevels.Contains(text[start]) && HanText.WordAt(text, start + 1, LevelOrgans) is { } organ && start + 1 + organ.Length == end;

    /// <summary>Organs a province, a city or a county each has one of, named bare after its level letter (市政府, 县法院, 市统战部).</summary>
    private static readonly WordIndex LevelOrgans = HanText.Longest("政府", "法院", "统战部", "宣传部", "组织部");

    /// <summary>Last letters of the units a branch belongs to (某村|支部, 某社区|支部, 某公司|支部, 机关第一|支部).</summary>
    private static readonly CharSet UnitLasts = new("村区司局委校院所站厂队组团关会社店行处科室馆一二三四五六七八九十0123456789");

    /// <summary>
    /// Whether a bare branch (支部, not 党支部) ends at <paramref name="end"/> after no unit's name (关键看|支部, 点亮|支部过硬星,
    /// 小区|支部): a branch is named by the village, community or firm it belongs to, and one after a verb or a kind is the
    /// branch of whichever unit the text speaks of.
    /// </summary>
    private static bool IsBranchOfNoUnit(string text, int start, int end)
    {
        var branch = end - 2;
        if (branch <= start || text[end - 1] != '部' || text[branch] != '支' || text[branch - 1] is '党' or '团')
        {
            return false;
        }
        return !UnitLasts.Contains(text[branch - 1]) || IsOnlyKind(text, start, branch);
    }

    /// <summary>
    /// Whether the preposition 同 stands right before a bare institution (把主题教育同|中心工作结合起来, 将党建同|社区治理融合): 同 joins
    /// the words before it to the kind after it, which names no body; 同 inside a word (协同, 大同) is part of a name.
    /// </summary>
    private static bool IsAfterPreposition(string text, int start, int bareStart)
    {
        var at = bareStart - 1;
        return at > start && text[at] == '同' && CommonWords.Find(text.AsSpan(at - 1, 2)) is null && !DivisionGazetteer.Shared.EndsAt(text, at - 1, bareStart);
    }

    /// <summary>
    /// Last letters of an adjective of a kind right before a bare institution (互嵌式|社区, 学习型|企业, 开放式|学校): the words say
    /// what sort of body, never which.
    /// </summary>
    private static readonly CharSet KindAdjectiveLasts = new("式型");

    /// <summary>Compounds where a body's staff live, named after it (财政局|家属院, 某厂|宿舍): the body's name ends in a place's.</summary>
    private static readonly WordIndex StaffCompounds = HanText.Longest("家属院", "家属楼", "家属区", "宿舍", "宿舍楼", "宿舍区");

    /// <summary>Whether a compound named after the body ending at <paramref name="end"/> follows (展览馆|宿舍): the words name a place, not the body.</summary>
    public static bool IsCompoundNamedAfter(string text, int end) => HanText.WordAt(text, end, StaffCompounds) is not null;

    /// <summary>Verbs of building up and governing a court or a school by some means (政治建院, 文化兴院, 人才强校, 从严治院).</summary>
    private static readonly CharSet BuildingVerbs = new("建兴强立治");

    /// <summary>
    /// Whether a bare 院 ends a slogan of how a court or an academy is built (坚持政治建院、业务强院、文化兴院): a field and a verb
    /// of building before the letter, which is the court spoken of, not a name.
    /// </summary>
    private static bool IsSloganOfBuilding(string text, int end, string suffix) =>
        suffix == "院" && end >= 2 && BuildingVerbs.Contains(text[end - 2]);

    /// <summary>Endings that are a verb or an adverb as often as a body's last word (区总工会组织|职工义诊, 困难总会|过去).</summary>
    private static readonly WordIndex VerbLikeEndings = HanText.Longest("组织", "总会");

    /// <summary>Letters after which a body's name has ended: a possessive, a conjunction, a list's mark, a preposition of place.</summary>
    private static readonly CharSet AfterAName = new("的和与及、等在同");

    /// <summary>Words of announcing after a body, besides the verbs of saying (某组织发布报告, 某总会宣布).</summary>
    private static readonly WordIndex Announcing = HanText.Longest("发布", "宣布", "公布", "发出", "举办", "主办", "成立", "呼吁");

    /// <summary>
    /// Whether a verb-like ending at <paramref name="end"/> is the verb or the adverb: after a place alone (某镇|组织的会议, a
    /// place acts, no body is so named), or going on into its object or its verb: the name ends there only before a break, a
    /// possessive or a conjunction, a post, or a verb of saying or announcing (国际移民组织|发布).
    /// </summary>
    private static bool IsVerbLikeEndingGoingOn(string text, int start, int end)
    {
        if (HanText.WordEndingAt(text, end, VerbLikeEndings) is not { } ending)
        {
            return false;
        }
        // After a body's own ending 组织 is the body organising (由某宣传部|组织的活动): no body's name ends in 部组织 or 局组织.
        if (DivisionGazetteer.Shared.MatchAt(text, start) == end - ending.Length - start || (ending == "组织" && SuffixEndingAt(text, end - ending.Length) is not null))
        {
            return true;
        }
        // A title after the verb is its object (某办组织《某报》记者采风).
        return end < text.Length && (text[end] == '《' || (HanText.IsHan(text[end]) && !AfterAName.Contains(text[end]) && !PostFollows(text, end)
            && SpeechVerbs.After(text, end) is null && HanText.WordAt(text, end, Announcing) is null));
    }

    /// <summary>
    /// The letters a party's name ends with before 党 (共产|党, 国民|党, 保守|党, 团结与进步|党, 绿|党): after any other letter 党 is
    /// the party spoken of (百年大|党, 新时代|党, 改善|党的领导), not a party's name.
    /// </summary>
    private static readonly CharSet PartyNameLasts = new("产民主和工守进由绿会兴义一动命盟族新步");

    /// <summary>A place's name and 站 is its railway or bus station (上海站, 乌鲁木齐站): a place, not a body.</summary>
    private static bool IsStationOfAPlace(string text, int start, int end) =>
        text[end - 1] == '站' && DivisionGazetteer.Shared.MatchAt(text, start) == end - 1 - start;

    private static readonly CharSet Measures = new("个间家名座所位条支批项处户只种类站部");
    private static readonly CharSet Counters = new("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多每各这那该");

    /// <summary>A measure word after a number (发现一|处, 每|间旅馆, 10|名左右政协): a count of things, no name opens or ends there.</summary>
    private static bool IsCounted(string text, int start) =>
        start > 0 && Measures.Contains(text[start]) && Counters.Contains(text[start - 1]);

    /// <summary>A group a body sends out, numbered by its order (第五巡察组, 第二督导组): the number names one group.</summary>
    private static bool IsNumberedGroup(string suffix) => suffix.Length > 1 && suffix[^1] == '组';

    /// <summary>
    /// An ordinal and nothing else before the ending (第二|局, 第三|处): the second game or the third spot of something, no
    /// body's name, which would say whose (中铁二局, 刑侦第三大队 keep what comes before the ordinal).
    /// </summary>
    private static bool IsOrdinalOnly(string text, int start, int nameEnd)
    {
        if (text[start] != '第' || nameEnd - start < 2)
        {
            return false;
        }
        for (var at = start + 1; at < nameEnd; at++)
        {
            if (!Counters.Contains(text[at]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Words that say what kind of body a bare institution is, not which one (大型|科技|公司, 当地|政府, 儿童|教育|中心): a
    /// name made of nothing else is a common noun.
    /// </summary>
    private static readonly WordIndex Kinds = HanText.Longest(
        "大型", "中型", "小型", "中小", "中小型", "微型", "科技", "网络", "互联网", "保险", "物流", "旅行", "教育", "儿童", "医疗", "金融", "投资",
        "房地产", "物业", "乡镇", "联邦", "地方", "各级", "有关", "相关", "民营", "国有", "私营", "外资", "外国", "本地", "外地", "农村",
        "城市", "新闻", "媒体", "旅游", "体育", "养老", "电商", "快递", "能源", "科研", "一些", "多家", "这些", "其他", "其它", "部分",
        "所在", "上级", "下级", "基层", "当地", "各地", "附近", "周边", "专业", "综合", "大小", "全国", "国内", "国外", "海外", "跨国",
        // Levels of government (县级政协, 市县政协) and the state of a place (老旧社区).
        "省级", "市级", "县级", "区级", "乡级", "村级", "市县", "市县级", "老旧",
        // What a body does or serves, and where, when nothing names which one (扶贫工作队, 社区维修队, 城市商业银行, 上市公司).
        "工作", "服务", "技术", "扶贫", "驻村", "帮扶", "应急", "维修", "调解", "纠纷", "志愿", "志愿者", "足球", "商业", "合作",
        "信用", "村镇", "制药", "电力", "上市", "培训", "民办", "知名", "国内外", "制造", "指挥", "小区", "卫生",
        // A field of work alone (数据中心, 大数据中心 are any place's).
        "数据", "大数据",
        // The task of a panel, not whose it is (验收专家组, 评审委员会).
        "验收", "评审", "评估", "评标",
        // A standing committee of any congress (常务委员会), and the level of a municipality (直辖市人民政府).
        "常务", "直辖市",
        // A hospital's grade and a firm's standing or trade (三甲医院, 高端中介公司, 第三方支付公司, 共享单车公司, 行业协会).
        "三甲", "二甲", "高端", "第三方", "支付", "中介", "人力资源", "共享", "单车", "行业", "伙伴",
        // Whom a centre serves and what it does (老年人日间照料中心, 急救中心, 健身中心, 护理技能鉴定中心, 认证检测中心).
        "老年人", "日间", "照料", "急救", "健身", "护理", "技能", "鉴定", "认证", "检测",
        // The party's work with the people and its members, and any body at all (党群服务中心, 党员中心, 任何组织).
        "党群", "党建", "党员", "任何", "所有",
        // Firms as a kind and panels hired from outside (企业大学, 企业服务中心, 外聘专家组).
        "企业", "外聘",
        // The ideal a body is built to (智慧法院, 文明社区, 书香法院, 无讼法庭, 移动微法院, 未来社区, 熟人社区) and the area it
        // serves (辖区党委). Not 和谐: 和谐社区 is as often a community's own name (记者来到和谐社区) as the ideal.
        "文明", "智慧", "书香", "无讼", "平安", "移动", "微", "辖区", "街道", "未来", "全域", "熟人",
        // A co-operative or an organisation of a village's shared holdings, and a model one of a level (股份经济合作社,
        // 集体经济组织, 国家级示范合作社): the kind every village sets up, none named.
        "股份经济", "集体经济", "示范", "国家级",
        // A community's organs and centres with no community named before them (社区党委, 社区居委会, 社区服务中心): the one
        // the report is in, as 街道 before its office is any sub-district's.
        "社区",
        // Whose council and what it hears, when no place names it (居民议事会, 邻里议事会, 民情议事会).
        "居民", "村民", "邻里", "民情",
        // A service centre for the residents' daily errands (街道便民服务中心).
        "便民",
        // Teams by who plays (女子队, 职业队) and crews, courts and centres by their work (环卫作业队, 少年审判法庭, 文化活动中心,
        // 体能训练中心).
        "女子", "男子", "职业", "业余", "作业", "环卫", "少年", "家事", "审判", "文化", "活动", "体能", "训练",
        // Utilities and crews by their trade when no place says whose (自来水公司, 铁路局, 施工队, 供电局, 防疫站, 供暖公司, 水务分公司,
        // 执法分局), and farming as a trade before a co-operative's kind (农业种植合作社); 农业 alone opens names (农业银行, 农业大学).
        "自来水", "铁路", "施工", "供电", "防疫", "农业种植", "供暖", "供热", "燃气", "水务", "执法",
        // Whose committee a compound's owners set up, and teams, centres, works and co-operatives by whom they serve or what
        // they make or sell (业主委员会, 交警大队, 巡防大队, 老年活动中心, 农副产品加工厂, 种植专业合作社, 家居建材中心).
        "业主", "交警", "巡防", "老年", "农副产品", "农产品", "加工", "展销", "种植", "养殖", "家居", "建材", "农民", "花卉",
        // A farm or a workshop run by a household (家庭农场, 家庭作坊) is a kind of holding.
        "家庭");

    /// <summary>
    /// Length of a body of a kind only at <paramref name="at"/> (社区党委, 社区居委会, 供暖公司): words of a kind and a bare
    /// institution, no name; 0 when none. Such a body is the one the report is about, which may act and speak, though it is no
    /// organisation's name.
    /// </summary>
    internal static int KindBodyLengthAt(string text, int at)
    {
        var end = at;
        while (HanText.WordAt(text, end, Kinds) is { } word)
        {
            end += word.Length;
        }
        return end > at && HanText.WordAt(text, end, BareInstitutions) is { } bare ? end + bare.Length - at : 0;
    }

    /// <summary>Whether the first <paramref name="length"/> letters of <paramref name="name"/> say only what kind of body it is (科技, 大型物流).</summary>
    public static bool IsOnlyKindName(string name, int length) => IsOnlyKind(name, 0, length);

    /// <summary>The word of a kind that ends at <paramref name="end"/> (有关|人民政府, 乡镇|人民政府), or null.</summary>
    internal static string? KindEndingAt(string text, int end) => HanText.WordEndingAt(text, end, Kinds);

    /// <summary>Whether <c>text[start..end]</c> is words of a kind only (empty included).</summary>
    internal static bool IsOnlyKind(string text, int start, int end)
    {
        var at = start;
        while (at < end && HanText.WordAt(text, at, Kinds) is { } word && at + word.Length <= end)
        {
            at += word.Length;
        }
        return at == end;
    }

    private static bool IsOnlyScope(string text, int start, int end) =>
        end - start <= 2 && "全各本该我贵其此这那".Contains(text[start], StringComparison.Ordinal);
}
