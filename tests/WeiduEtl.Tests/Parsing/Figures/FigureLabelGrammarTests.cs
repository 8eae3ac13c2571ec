namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar written from the rule-writing pages' disagreements (issue 19), each rule tested on made-up lines in the
/// styles of a city daily (街道, 市民, 政务大厅), a national daily (全国, 同比, 规模以上) and a business paper (营收, 上市公司).
/// Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureLabelGrammarTests
{
    [Theory]
    // A part named after a figure in the same unit takes the previous subject's noun: 其中…, and parallel clauses after 、.
    [InlineData("截至去年底，全区累计建成5G基站3200个，其中主城区1800个。", "3200个|5G基站|3200|个|exact ; 1800个|主城区5G基站|1800|个|exact")]
    [InlineData("集团去年实现营收420亿元，其中境外市场156亿元。", "420亿元|营收|42000000000|元|exact ; 156亿元|境外市场营收|15600000000|元|exact")]
    [InlineData("南京至镇江段水位由6.2米上涨至7.1米、镇江至扬州段由5.8米上涨至6.6米。",
        "6.2米|南京至镇江段水位|6.2|米|exact ; 7.1米|南京至镇江段水位|7.1|米|exact ; 5.8米|镇江至扬州段水位|5.8|米|exact ; 6.6米|镇江至扬州段水位|6.6|米|exact")]
    [InlineData("市区至机场段通行时间由50分钟缩短至30分钟、机场至新区段由40分钟缩短至25分钟。",
        "50分钟|市区至机场段通行时间|50|分钟|exact ; 30分钟|市区至机场段通行时间|30|分钟|exact ; 40分钟|机场至新区段时间|40|分钟|exact ; 25分钟|机场至新区段时间|25|分钟|exact")]
    // A part in another unit names a thing of its own.
    [InlineData("全市共有养老机构236家，其中床位1.2万张。", "236家|养老机构|236|家|exact ; 1.2万张|床位|12000|张|exact")]
    // A part that already names the noun is its own label.
    [InlineData("该队由28名运动员组成，其中女运动员12名。", "28名|运动员|28|名|exact ; 12名|女运动员|12|名|exact")]
    public void Extract_PartAfterFigure_TakesThePreviousNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // X占Y的N: the share of the part in the whole.
    [InlineData("该地区出口到东盟的机电产品约占其出口总额的六成。", "六成|机电产品占出口总额|6|成|exact")]
    [InlineData("小微企业贷款约占全部贷款余额的32%。", "32%|小微企业贷款占贷款余额|32|%|exact")]
    [InlineData("新能源汽车销量占全部汽车销量的近三成。", "近三成|新能源汽车销量占汽车销量|3|成|approx")]
    // A share opening its clause measures the group after it, up to the predicate; a source (据调查) is no subject.
    [InlineData("76%受访家长对课后服务表示满意。", "76%|受访家长|76|%|exact")]
    [InlineData("近九成参与调查的上市公司认为研发投入将继续增加。", "近九成|参与调查的上市公司|9|成|approx")]
    [InlineData("据问卷调查，83%的受访商户希望延长夜市营业时间。", "83%|受访商户|83|%|exact")]
    [InlineData("调查显示，超过六成受访青年选择在周末参加志愿服务。", "超过六成|受访青年|6|成|over")]
    // Without a predicate after it, the share is not read as the subject of what follows.
    [InlineData("全年销量达100万辆，80%销往海外。", "100万辆|销量|1000000|辆|exact ; 80%|销量|80|%|exact")]
    public void Extract_Share_LabelsWhatItIsAShareOf(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A duration before a verb of finishing: the doer and the verb.
    [InlineData("全部审批事项3个工作日办结。", "3个工作日|审批事项办结|3|个工作日|exact")]
    [InlineData("政务大厅一般事项实现1小时办结。", "1小时|政务大厅一般事项办结|1|小时|exact")]
    [InlineData("新建污水处理厂预计18个月建成投运。", "18个月|新建污水处理厂建成|18|个月|exact")]
    [InlineData("其中12项业务1个工作日办结。", "12项|业务|12|项|exact ; 1个工作日|业务办结|1|个工作日|exact")]
    // 提前 makes the duration an offset of the deed after it: how early, named by the offset with the deed.
    [InlineData("大桥提前3天完成合龙。", "3天|提前完成合龙|3|天|exact")]
    [InlineData("7天内完成。", "7天内|-|7|天|at_most")]
    // 由原来的 before a duration is a link, not part of the subject.
    [InlineData("改造后，办证时间由原来的20个工作日缩短至5个工作日。", "20个工作日|办证时间|20|个工作日|exact ; 5个工作日|办证时间|5|个工作日|exact")]
    public void Extract_Duration_LabelsTheDeedItTakes(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A long subject keeps a compound measure noun; 累计 before a measure noun belongs to it; 这一 is no part of it.
    [InlineData("受原材料涨价影响全部中小制造企业利润增速比上月回落1.2个百分点。", "1.2个百分点|利润增速回落|1.2|个百分点|exact")]
    [InlineData("全市1—11月累计投资同比增长7.3%。", "7.3%|累计投资同比增长|7.3|%|exact")]
    [InlineData("公司前三季度累计营收同比增长12%。", "12%|公司前三季度累计营收同比增长|12|%|exact")]
    [InlineData("这个比例比五年前提高了8个百分点。", "8个百分点|比例提高|8|个百分点|exact")]
    // The noun after a measure word may run long; past 14 characters its last words, the head, are kept.
    [InlineData("已有13个国家和地区上线46个银联标准移动支付产品。", "13个|国家|13|个|exact ; 46个|银联标准移动支付产品|46|个|exact")]
    [InlineData("学院今年完成8个市级重点实验室开放创新研究课题项目的申报。", "8个|研究课题项目|8|个|exact")]
    // Verbs of holding, producing and writing end the subject (可容纳|观众, 共产生|金牌, 撰写|稿件); 这里 is a scope word.
    [InlineData("新体育馆可容纳观众1.5万人。", "1.5万人|观众|15000|人|exact")]
    [InlineData("本届运动会共产生金牌186枚。", "186枚|金牌|186|枚|exact")]
    [InlineData("记者们一年撰写稿件2000余篇。", "2000余篇|稿件|2000|篇|over")]
    [InlineData("这里平均海拔3650米。", "3650米|平均海拔|3650|米|exact")]
    // A length before 的 keeps the measure noun before it (海拔4500米的哨所), as 全长 does.
    [InlineData("他在海拔4500米的哨所坚守多年。", "4500米|海拔|4500|米|exact")]
    [InlineData("共有来自全国各地的1200名选手参赛。", "1200名|选手|1200|名|exact")]
    public void Extract_Subject_KeepsTheNounPhraseHead(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A list's head: the class after 等 when the counted noun opens a 、-list, the noun before the link of a list a count sums up.
    [InlineData("街道排查出46处老旧电线、违章搭建、占用消防通道等安全隐患。", "46处|安全隐患|46|处|exact")]
    [InlineData("全市有2300家饭店、超市、菜市场等经营主体参与活动。", "2300家|经营主体|2300|家|exact")]
    [InlineData("复赛科目为数学、物理、化学3门。", "3门|复赛科目|3|门|exact")]
    [InlineData("首批入选项目为智能制造、生物医药、新能源汽车、集成电路4个领域。", "4个|领域|4|个|exact")]
    // A unit that is a noun is what a list before 等 counts.
    [InlineData("市场监管、税务、公安等5部门联合开展专项整治。", "5部门|部门|5|部门|exact")]
    [InlineData("省发改委、财政厅等9部门日前印发通知。", "9部门|部门|9|部门|exact")]
    public void Extract_List_LabelsItsHead(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A count in Chinese numerals summing up a list joined by 和 announces structure, as with 、.
    [InlineData("活动设篮球和排球两个项目。", "")]
    [InlineData("社区开设了太极和书法两个兴趣班。", "")]
    [InlineData("全区有小学、初中和高中三个学段参与试点。", "")]
    [InlineData("当地与英国和德国这两个主要贸易伙伴的往来日益密切。", "")]
    [InlineData("第十九届省运会新增的攀岩和霹雳舞两个项目受到关注。", "")]
    [InlineData("雪场承办越野滑雪和冬季两项这两个大项。", "")]
    // Not when 和 joins clauses.
    [InlineData("公司和研究院合作建设两个联合实验室。", "两个|联合实验室|2|个|exact")]
    [InlineData("推动世界和平两个中心的建设。", "两个|中心|2|个|exact")]
    public void Extract_AndList_CountIsStructure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A temperature below zero is negative, its sign (零下, a minus) in the span; a minus after a digit is a range's joint.
    [InlineData("哈尔滨昨天最低气温达零下28摄氏度。", "零下28摄氏度|哈尔滨昨天最低气温|-28|摄氏度|exact")]
    [InlineData("预计明天早晨气温可降至-12℃。", "-12℃|明天早晨气温|-12|℃|exact")]
    [InlineData("气温在-5至3℃之间。", "-5|气温|-5|℃|at_least ; 3℃|气温|3|℃|at_most")]
    [InlineData("昼夜温差3-5℃。", "3|昼夜温差|3|℃|at_least ; 5℃|昼夜温差|5|℃|at_most")]
    public void Extract_BelowZero_IsNegative(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
