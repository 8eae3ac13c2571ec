namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Whether there is a figure at all, and its unit and qualifier, in the seventh round: measure words that count only in
/// some places (趟, 列, 站, 圈, 下, 节), fractions, 小于 and 大于, 多 after a measure, reported speech in quotation marks,
/// 当初, and counts that announce what follows. Made-up lines in a city daily's, a national daily's and a company
/// report's style; none is taken from a labelled page.
/// </summary>
public sealed class FigureMeasureWordTests
{
    [Theory]
    // 趟 and 列 count runs and trains before a vehicle; 跑一趟 is verbal and 列入 a verb.
    [InlineData("高峰期每天开行124趟列车。", "124趟|列车|124|趟|exact")]
    [InlineData("他为这事跑了三趟。", "")]
    [InlineData("每天至少要清洁12至13列火车。", "12|火车|12|列|at_least ; 13列|火车|13|列|at_most")]
    [InlineData("这些问题已列入清单。", "")]
    [InlineData("学生们排成4列走进礼堂。", "")]
    // 圈 counts laps unless it starts a word (圈层, 圈子).
    [InlineData("冲洗一列动车组，相当于绕着车走三圈。", "三圈|绕着车走|3|圈|exact")]
    [InlineData("新区规划形成3圈层空间格局。", "")]
    // 下 counts strokes only after Arabic digits at a clause's end.
    [InlineData("刷一节车厢要挥动手臂300下。", "300下|刷一节车厢要挥动手臂|300|下|exact")]
    [InlineData("他想了一下。", "")]
    [InlineData("开展文化科技卫生三下乡活动。", "")]
    [InlineData("他连着摇了三下。", "")]
    // 节 before 车厢 counts carriages, in Chinese numerals too.
    [InlineData("刚刷了两节车厢，我就气喘吁吁。", "两节|车厢|2|节|exact")]
    // A proper fraction of small whole numbers is a share with no unit; dates, codes and ratios are not.
    [InlineData("全市建成区面积的1/4以上用于绿化。", "1/4以上|建成区面积|0.25||over")]
    [InlineData("系统于2019/12/1上线，提供24/7服务，票价3/2折。", "")]
    // A quotation after a verb of saying reports a statement; a short quoted name stays no figure.
    [InlineData("区长指出，“全区投资120亿元”。", "120亿元|投资|12000000000|元|exact")]
    [InlineData("社区门口挂着“幸福小区120户”的牌子。", "")]
    // 小于 is under and 大于 over; 多 after a multiple or a measure is over.
    [InlineData("封装器件的光衰小于2%，含水率大于15%。", "小于2%|光衰|2|%|under ; 大于15%|含水率|15|%|over")]
    [InlineData("春运客流量是去年的3倍多。", "3倍多|春运客流量|3|倍|over")]
    [InlineData("维护手册摞起来有1米多厚。", "1米多|厚|1|米|over")]
    // 当初 and 最初 are words of time, not the 初 of a lunar day (初五).
    [InlineData("公司芯片光效已经超过当初6倍以上。", "6倍以上|公司芯片光效|6|倍|over")]
    [InlineData("项目最初3年免收租金。", "3年|-|3|年|exact")]
    // A small count of factors, or one whose noun a colon follows, announces what follows.
    [InlineData("税收多少取决于两个因素。", "")]
    [InlineData("郭姐操作其中三个按钮：一个广播预报站点，一个负责开关中门。", "")]
    // 蒸吨 (a boiler's steam output) and 个学期 are units.
    [InlineData("全市燃气锅炉共1084台3592.51蒸吨。", "1084台|燃气锅炉|1084|台|exact ; 3592.51蒸吨|燃气锅炉|3592.51|蒸吨|exact")]
    [InlineData("他用4个学期补修了本科课程。", "4个学期|-|4|个学期|exact")]
    // Round 30: 届 after a verb of taking part, 期 sessions before a break, 樘 and 棒 after Arabic digits, 镇 and 村 in a tally.
    [InlineData("这名老队员先后参加过6届全国运动会。", "6届|全国运动会|6|届|exact")]
    [InlineData("她在市长杯连续出战8届，从未缺席。", "8届|市长杯连续出战|8|届|exact")]
    [InlineData("在7届亚运会上，他们一共拿下5枚金牌。", "5枚|金牌|5|枚|exact")]
    [InlineData("县委党校去年举办培训班26期，培训干部3100人次。", "26期|培训班|26|期|exact ; 3100人次|培训干部|3100|人次|exact")]
    [InlineData("该刊2023年第5期刊发了这篇文章。", "")]
    [InlineData("新厂投产后年产铝合金窗20万樘。", "20万樘|年产铝合金窗|200000|樘|exact")]
    [InlineData("合作社今年生产香菇菌棒80万棒。", "80万棒|合作社今年生产香菇菌棒|800000|棒|exact")]
    [InlineData("接力赛中他跑第3棒。", "")]
    [InlineData("全省共有12镇和45村入选特色小镇名录。", "12镇|全省|12|镇|exact ; 45村|入选特色小镇名录|45|村|exact")]
    [InlineData("会上表彰了3村民小组。", "")]
    // A document's length and a cycle with a count after 一 stay figures; 其余 before a count of 名 is not the rest of people named.
    [InlineData("这部书稿全文共3000字。", "3000字|部书稿全文|3000|字|exact")]
    [InlineData("每次大修历时3个月。", "3个月|每次大修历时|3|个月|exact")]
    [InlineData("事故中其余3名乘客轻伤。", "3名|乘客轻伤|3|名|exact")]
    public void Extract_MadeUpLine_ReadsTheFigure(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
