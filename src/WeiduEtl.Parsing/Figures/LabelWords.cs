using System.Buffers;
using System.Collections.Frozen;

namespace WeiduEtl.Parsing.Figures;

/// <summary>The word lists the label rules use, kept apart from the rules so they can be read and extended.</summary>
internal static class LabelWords
{
    /// <summary>Characters that end a sentence; a figure's subject is not inherited across them.</summary>
    public static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。；！？;!?\n");

    /// <summary>Characters that end a clause; a label never crosses them.</summary>
    public static readonly SearchValues<char> ClauseBreakSet = SearchValues.Create(ClauseBreaks);

    /// <summary>
    /// The comma between clauses at <paramref name="at"/>, full-width (，) or, in web copies and text dumps that print it so,
    /// ASCII (,): the rules that read across a comma to the clause before read across either. An ASCII comma right after a
    /// digit separates thousands or a table's cells (2022,1,200,5%), no clauses.
    /// </summary>
    public static bool IsComma(string body, int at) =>
        body[at] == '，' || body[at] == ',' && !(at > 0 && char.IsAsciiDigit(body[at - 1]));

    public const string ClauseBreaks = "，。；：！？、,.;:!?（）()“”‘’\"《》【】「」 \n\t—…";

    /// <summary>Whether a clause ends at <paramref name="at"/>: the text ends there or a clause break stands there.</summary>
    public static bool EndsClauseAt(string text, int at) => at >= text.Length || ClauseBreaks.Contains(text[at], StringComparison.Ordinal);

    /// <summary>Clause breaks other than the list comma 、: a list (A、B、C) stays inside its clause.</summary>
    public static readonly SearchValues<char> ClauseBreaksOutsideLists = SearchValues.Create(ClauseBreaks.Replace("、", "", StringComparison.Ordinal));

    /// <summary>Link words between a label and its number (总投资达10亿元, 商户共计94家), stripped from the end.</summary>
    public static readonly string[] TrailingLinks = Longest(
        "共计", "共有", "合计", "总计", "总共", "一共", "累计达", "累计", "达到", "可达", "已达", "高达", "多达", "约为", "分别为", "分别",
        "增至", "降至", "突破", "每年", "每月", "每天", "每日", "每周", "每人", "每户", "每", "为", "是", "有", "达", "共", "计", "已", "了", "的", "在", "至", "到",
        "仅", "只", "才", "就", "又", "还", "将", "再", "预计", "可", "增加到", "增加至", "提升至", "提升到", "提高至", "提高到", "上升至", "上升到",
        "下降至", "下降到", "降低至", "降低到", "扩大至", "扩大到", "减少至", "减少到", "缩小至", "缩小到", "由", "从", "只有", "仅有", "仅为",
        "原来", "原先", "当初", "超过", "足足", "整整", "足有", "实现", "迈上", "迈过", "跨上", "站上", "登上", "跨越", "跃上", "承诺", "确保", "力争", "首次", "首度", "再次", "均", "已经", "保持", "稳定在", "保持在", "控制在", "维持在", "严格", "全部", "都",
        "应当", "应该", "不宜", "不应", "不得", "不能", "应");

    /// <summary>Nouns and verbs ending in 应 that are no modal (日供应, 化学反应): 应 stays on them.</summary>
    public static readonly string[] WordsEndingInYing = ["供应", "反应", "适应", "效应", "对应", "响应", "相应", "答应"];

    /// <summary>
    /// Words whose last letter is a one-letter link of <see cref="TrailingLinks"/> (查处违法行为1.5万起): the
    /// link is part of the word and stays.
    /// </summary>
    public static readonly string[] WordsEndingInLink = ["行为", "统计", "设计", "会计", "存在", "所在", "国有", "公有", "私有", "发达", "所需", "公共"];

    /// <summary>由 and 从 before the starting value of a change, after which a modifier may say when (由退田还湖前的0.11公顷).</summary>
    public static readonly string[] StartLinks = ["由", "从"];

    /// <summary>Links that a modifier ending in 的 may follow before the number (达到创纪录的2.415亿吨).</summary>
    public static readonly string[] ModifiedLinks = [.. Longest("达到", "高达", "增至", "升至", "降至", "为", "达", "至", "到", "是"), .. StartLinks];


    /// <summary>Verbs that, opening the words before a figure, modify the noun after them (受益家庭, 参赛选手, 入驻企业).</summary>
    public static readonly string[] ModifyingVerbs = ["受益", "参赛", "参会", "参展", "入驻", "签约", "落户", "参与", "参加", "报名"];

    /// <summary>Verbs and function words after which the label starts (出动|巡查车次, 已|走访群众, 等|物品).</summary>
    public static readonly string[] CutsBefore = Longest(
        "进行", "完成", "深入", "参加", "参与", "开展", "实现", "获得", "受益", "入驻", "参观", "报名", "签约", "落户", "投入",
        "提供", "帮助", "前往", "走进", "来到", "组织", "出动", "发放", "收集", "解决", "累计", "预计", "开放", "指导", "通过",
        "围绕", "针对", "涉及", "覆盖", "包括", "涵盖", "其中", "目前", "已经", "以来", "之后", "以后", "期间", "同时", "截至",
        "此次", "本次", "达产", "意味着", "表明", "建成", "吸引", "带动", "看望", "慰问", "接待", "惠及", "各类", "各项", "各种", "各级",
        "每年", "每月", "每天", "每日", "每周", "产生", "容纳", "接纳", "撰写", "刊发", "举办", "举行", "查处",
        "的", "在", "和", "与", "及", "等", "是", "为", "都", "已", "将", "被", "把", "对", "向", "从", "共", "也", "还",
        "了", "并", "又", "再", "让", "使", "由", "于", "给", "有", "后", "内", "该", "此", "其");

    /// <summary>Two-character verbs a duration and the verb's object may follow (从事了20年教学, 担任了8年村支书).</summary>
    public static readonly string[] ServingVerbs = ["从事", "担任", "经营", "坚持", "驻守", "守护", "种植", "养殖", "教授"];

    /// <summary>Verbs of handling whose object a count may stand for (全市共查处126起, 慰问困难群众… 共慰问300户).</summary>
    public static readonly string[] DeedVerbs = Longest(
        "投入", "出资", "捐赠", "捐款", "筹集", "拨付", "完成", "获得", "提供", "签约", "实现",
        "查处", "帮助", "慰问", "看望", "接待", "解决", "发放", "出动", "收集", "举办", "举行", "惠及", "带动", "吸引", "组织", "指导", "接纳", "容纳");

    /// <summary>Words that end a noun read after a measure word (8个|城管执法岗亭|，, 7栋|楼|全部加装).</summary>
    public static readonly string[] CutsAfter = Longest(
        "进行", "完成", "深入", "参加", "参与", "开展", "实现", "获得", "受益", "入驻", "参观", "报名", "签约", "落户", "投入",
        "提供", "帮助", "前往", "走进", "来到", "全部", "全是", "已经", "正在", "陆续", "共同", "分别", "相继", "先后",
        "的", "在", "和", "与", "及", "等", "是", "为", "都", "均", "已", "将", "被", "把", "对", "向", "从", "共", "也", "还",
        "就", "了", "并", "又", "再", "让", "使", "由", "于", "给", "全", "进", "到", "有", "得", "获", "可", "之",
        "认为", "表示", "相差", "相距", "距离", "实施", "享受", "选择", "希望", "支持", "同意", "增长", "下降", "增加", "减少", "提高", "上升", "延续", "占", "达", "超",
        "发放", "组织", "出动", "收集", "解决", "指导", "通过", "覆盖", "包括", "惠及", "带动", "吸引", "办理", "受理", "补充",
        "出台", "落地", "上线", "创造", "作为", "部分", "目前", "其中", "同时", "组成", "构成",
        "计划", "打算", "愿意", "感到", "对", "持", "未", "参赛", "参会", "参展", "参战", "外加",
        "夺得", "夺冠", "夺取", "摘得", "摘取", "打破", "刷新", "排名",
        "这么", "那么", "这样", "如此", "这些", "那些", "以及", "普及", "涉及", "波及", "危及", "顾及", "公布", "建成", "用于", "用在", "用来", "发展到", "发展为", "发展成");

    /// <summary>Ways a vote is cast, after the count of votes (以621票赞成、49票反对、3票弃权).</summary>
    public static readonly string[] VoteKinds = ["赞成", "反对", "弃权"];

    /// <summary>Units that are themselves the noun counted (等12部门, 中央8部委, 途经28站, 濮阳等9市, 双向8车道).</summary>
    public static readonly string[] NounUnits = ["部门", "部委", "站", "车道", .. CountedDivisions.Units.Split(' ')];

    /// <summary>
    /// Nouns that begin with a word <see cref="CutsAfter"/> holds, read whole so the noun is not cut at their first
    /// character (30个|就业岗位, 两个主要竞争|对手, 5家|进出口企业), or holding a numeral (3门|统一考试成绩).
    /// </summary>
    public static readonly string[] WholeNouns = Longest("就业", "对手", "对象", "进口", "进出口", "全国", "有限", "在校", "在建", "在岗", "在职", "在编", "在册", "在读", "在任", "可持续", "得主", "先进", "统一", "单一", "同一", "等级", "未成年", "安全", "公共", "内蒙古", "内江", "党组织", "社会组织", "组织部", "有期徒刑", "被告人", "被害人", "被告", "返还", "退还", "偿还", "归还", "交还",
        "及以上", "及以下", "完成人", "建成区", "使用", "其他", "其余", "从业", "有效", "有机", "有线", "有色");

    /// <summary>Verbs of completing that may end the words before a count of what was completed (洗车平台|建成并投入使用|430套).</summary>
    public static readonly string[] CompletionVerbs = Longest("投入使用", "投入运营", "投用", "建成", "竣工", "完工", "落成", "投产", "启用", "并", "已", "均", "全部");

    /// <summary>Verbs whose object is the figure and whose subject is the clause before (部分项目数量不实，涉及16.98万亩).</summary>
    public static readonly string[] ObjectVerbs = Longest("涉及", "共涉及", "累计涉及", "合计涉及");

    /// <summary>
    /// Time words that alone are no subject (集体收入，前年还不到5万元: the topic before is what is measured; 如今只有8人在岗,
    /// 最终1.2万人参赛).
    /// </summary>
    public static readonly string[] TimeOnlySubjects = ["前年", "去年", "今年", "当年", "明年", "如今", "现在", "目前", "当前", "眼下", "此前", "过去", "最终", "最后", "后来", "随后", "今天", "昨天", "本周", "本月"];

    /// <summary>Comparatives that open a clause comparing what the figure before measured (增速7.5%，高于全省平均1.2个百分点).</summary>
    public static readonly string[] ClauseComparatives = ["高于", "低于", "快于", "慢于", "多于", "少于", "领先", "超出"];

    public static readonly string[] NoSubjects = ["如今", "现在", "当前", "眼下", "必须", "需要", "只有", "仅有", "还有"];

    /// <summary>Conjunctions and adverbs that alone are no subject (而英国…下降，2018年则减少15%).</summary>
    public static readonly string[] ClauseAdverbs = ["则", "而", "却", "但", "也", "又", "并", "且", "更"];

    /// <summary>Distributive words that hold 均 (人均, 日均): the 均 is part of the word, never the adverb "all" a link may end in.</summary>
    public static readonly string[] Distributives = ["人均", "户均", "日均", "月均", "年均", "亩均", "场均", "平均"];

    /// <summary>Verbs that may close the noun run after a measure word (120名群众就业, 300户农户增收).</summary>
    public static readonly string[] ClosingVerbs = ["就业", "脱贫", "增收", "致富", "务工", "受益", "返乡", "入学", "出列", "摘帽", "退出"];

    /// <summary>Measures of a change that alone leave out what changed (增幅16.2%, 增速放缓).</summary>
    public static readonly string[] ChangeMeasures = ["增幅", "增速", "降幅", "涨幅", "跌幅", "增长率"];

    /// <summary>Nouns of a share, whose subject a clause of their own seldom names (措施是联系银行，占比79.6%).</summary>
    public static readonly string[] ShareNouns = ["占比", "比例", "比重"];

    /// <summary>Scope words before the counted noun, not part of it (全区|8个, 各类|问题意见建议).</summary>
    public static readonly string[] LeadingScopes = Longest(
        "全区", "全市", "全省", "全县", "全镇", "全乡", "全国", "辖区内", "辖区", "区内", "各类", "各项", "各级", "各个", "所有",
        "全部", "全年", "今年", "去年", "当年", "这里", "那里", "这一", "这个", "那一", "共", "该", "此", "这", "其", "而", "但");

    /// <summary>Nouns that name a measured quantity; used when the words before a number run long.</summary>
    public static readonly string[] MeasureNouns = Longest(
        "总投资", "投资额", "投资", "占地面积", "占地", "建筑面积", "总面积", "面积", "年产值", "总产值", "产值", "营业收入",
        "可支配收入", "收入", "销售额", "营收", "利润", "税收", "年产量", "产量", "产能", "总人口", "人口", "规模", "总量",
        "全长", "总长", "长度", "宽度", "高度", "深度", "厚度", "间距", "距离", "里程", "用时", "耗时", "工期", "历时", "时长",
        "年龄", "资金", "金额", "补贴", "奖补", "费用", "花费", "成本", "价格", "单价", "增幅", "增速", "降幅", "增长", "占比",
        "比重", "比例", "覆盖率", "合格率", "满意率", "利润总额", "增加值", "总额", "指数", "通过量", "吞吐量", "交易额", "增速",
        "水深", "海拔", "周长", "有期徒刑", "徒刑", "拘役", "缓刑", "刑期", "直径", "半径", "时速", "速度", "水位", "气温", "温度", "产值", "出口额", "进口额", "贡献率", "税率", "利率", "比率", "时间", "时限", "期限", "年限", "周期", "天数", "平均年龄", "寿命");

    /// <summary>What may stand between 比 and a date it compares with: the lower end of a month range (比1—10月份).</summary>
    public const string DateRangeLead = "0123456789０１２３４５６７８９—－-~～至到";

    /// <summary>Adverbs that end the topic of a clause (全市用电量|持续攀升，达到86亿千瓦时).</summary>
    public static readonly string[] TopicEnds = ["持续", "有所", "稳步", "继续", "不断", "进一步", "稳中", "大幅", "明显", "逐步", "预计", "有望", "首次", "再次", "逐年", "连年", "年年"];

    /// <summary>Words before a duration that make it a stretch of time the subject runs over (年产油|连续|12年).</summary>
    public static readonly string[] DurationLeads = ["连续", "长达", "历时", "持续", "近", "已"];

    /// <summary>Adverbs between a verb and the duration closing its clause (只供电|两三个小时, 已经工作了|30年).</summary>
    public static readonly string[] ClosingDurationLeads = Longest("只", "仅", "才", "就", "已", "已经", "了", "共", "约", "大约", "近", "连续", "持续", "长达", "达");

    /// <summary>Superlatives between the end of a change and its number (由119天降至|最短|45天), which say how far it went.</summary>
    public static readonly string[] Superlatives = ["最短", "最长", "最低", "最高", "最快", "最慢", "最小", "最大"];

    /// <summary>What befalls people in an accident or a disaster, after their head count (造成3人死亡、5人受伤).</summary>
    public static readonly string[] Casualties = ["死亡", "遇难", "身亡", "受伤", "重伤", "轻伤", "失踪", "获救", "被困", "中毒"];

    /// <summary>Verbs by which people are given or receive what follows (给予党内警告处分, 受到通报批评, 被判处有期徒刑).</summary>
    public static readonly string[] ReceivingVerbs = ["给予", "受到", "被给予", "被判处", "被处以"];

    /// <summary>Links between what lasts and its duration (工期|长达|3个月, 活动|为期|一个月).</summary>
    public static readonly string[] DurationLinks = Longest("长达", "为期", "历时", "达", "为", "共", "共计", "约");

    /// <summary>
    /// Nouns of money an amount may stand before (300万元种子资金, 1亿元产业基金, 每人每月900元标准), and of money put in or
    /// lent (20亿元投资, 1亿元授信, 500万元融资), or earned (每月有2000元收入, 1500万元产值, 800元分红).
    /// </summary>
    public static readonly string[] FundNouns = ["津贴", "工资", "薪酬", "奖励", "罚款", "赔偿", "补偿", "资金", "基金", "经费", "补贴", "奖金", "贷款", "专款", "善款", "预算", "标准",
        "投资", "授信", "融资", "收入", "产值", "分红"];

    /// <summary>
    /// Last characters of a noun of money an amount may stand before (12万元司法救助金, 3000元赔偿款, 500元学费, 600万元销售额:
    /// 额 is "amount").
    /// </summary>
    public const string MoneyNounEnds = "金款费额";

    /// <summary>
    /// Endings of nouns of history, of years served or of a career that a span before them measures (5000多年文明史, 30年党龄,
    /// 20年军旅生涯, 70年奋斗历程), with 的 between or not (有着600多年的历史).
    /// </summary>
    public static readonly string[] SpanNounEnds = ["史", "党龄", "教龄", "工龄", "军龄", "驾龄", "警龄", "球龄", "艺龄", "树龄", "寿命", "生涯", "历程"];

    /// <summary>
    /// Nouns after 的 naming a level a figure crosses or stands on (迈上1万美元的台阶, 突破100万亿元大关): they frame the
    /// figure, which measures the subject of the verb of reaching.
    /// </summary>
    public static readonly string[] ThresholdNouns = ["台阶", "大关", "关口", "门槛", "量级"];

    /// <summary>Light verbs before a duration and an activity, which the activity alone names (实现了24小时供电, 做到全天24小时值守).</summary>
    public static readonly string[] LightVerbs = ["实现", "做到", "保证", "确保", "提供", "开展", "坚持"];

    /// <summary>Nouns of a way or course a length before them measures (10公里冰雪赛道, 12.5米深水航道, 20公里乡村公路, 8公里产业路; 路程 and 路段 are no way).</summary>
    public static readonly string[] RouteNouns = ["赛道", "跑道", "步道", "绿道", "公路", "道路", "铁路", "航道", "河道", "隧道", "管道", "管网", "线路", "岸线", "堤防", "大堤", "栈道", "渠道", "干渠", "水渠", "沟渠", "路",
        // Belts along a river or a road (3.8公里农文旅示范带, 5公里景观带, 10公里防护林带).
        "示范带", "景观带", "风光带", "林带"];

    /// <summary>
    /// Verbs of keeping something going or of taking time whose subject a duration after them measures (长跑已坚持38年,
    /// 活动已举办12年, 从杂交到审定需要10年, 抢救持续约15分钟).
    /// </summary>
    public static readonly string[] LastingVerbs = Longest("坚持", "举办", "开展", "运行", "实施", "推行", "经营", "服役", "延续", "传承", "持续", "需要", "所需", "需", "要");

    /// <summary>Adverbs between a lasting verb's subject and the verb (已坚持, 只需, 一般需要).</summary>
    public static readonly string[] LastingAdverbs = Longest("已经", "已", "连续", "持续", "只", "仅", "就", "还", "一般", "通常", "至少", "大约", "约");

    /// <summary>What an age measures when the clause names no one who has it.</summary>
    public const string Age = "年龄";

    /// <summary>Words between a person and the age that follows (李大爷今年75岁, 这位老人已经90岁了).</summary>
    public static readonly string[] AgeLeads = Longest("今年", "已经", "已", "刚满", "年满", "刚", "才", "都", "快", "满", "也", "还");

    /// <summary>Verbs that spend a duration rather than name what lasts (经过3年的努力, 花了两年的时间).</summary>
    public static readonly string[] SpendingVerbs = ["经过", "通过", "历经", "经历", "用", "花", "耗费", "花费", "利用", "用时", "耗时", "历时"];

    /// <summary>Count units that, like 次, may stand before the noun counted (330场次文博展览, 1200车次货车).</summary>
    public static readonly string[] CountUnitsBeforeNoun = ["次", "场次", "批次", "车次", "架次", "班次", "台次"];

    /// <summary>Nouns after 的 that frame the figure rather than say what it measures (增加16.3%的情况下, 5%的基础上).</summary>
    public static readonly string[] FrameNouns = ["时间", "历史", "岁月", "历程", "情况", "基础", "前提", "条件", "背景", "同时", "时候", "范围"];

    /// <summary>Nouns ending what a bounded figure is kept to, which frame it too (控制在1%以内的行业先进水平).</summary>
    public static readonly string[] LevelNouns = ["水平", "目标", "范围", "区间"];

    /// <summary>Dimension nouns that may follow a length (6米水深).</summary>
    public static readonly string[] DimensionNouns = Longest("海拔落差", "落差", "水深", "井深", "埋深", "层高", "坝高", "高度", "宽度", "长度", "深度", "厚度", "直径", "半径", "海拔");

    /// <summary>Adjectives naming the dimension after a length (1.2米高的护栏).</summary>
    public const string Dimensions = "高宽长深厚";

    /// <summary>The noun of each dimension letter, for the label of what a length before 长的, 高的 measures (小街长度).</summary>
    public static readonly FrozenDictionary<char, string> DimensionNames = new Dictionary<char, string>
    {
        ['高'] = "高度", ['宽'] = "宽度", ['长'] = "长度", ['深'] = "深度", ['厚'] = "厚度",
    }.ToFrozenDictionary();

    private static string[] Longest(params string[] words) => [.. words.OrderByDescending(w => w.Length)];
}
