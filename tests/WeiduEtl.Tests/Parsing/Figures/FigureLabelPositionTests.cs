namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the fifth round, by the position the counted noun takes, on made-up lines in a city daily's style
/// (社区, 区法院, 市民) and a national daily's (全国, 判处, 司法救助): the person an age is of, the term of a sentence, what
/// a verb of keeping up or taking time says lasted, the ones listed before 等, Latin letters and quoted terms inside a
/// counted noun, the way a length runs along, the noun of money after an amount, count units before their noun. None of
/// these lines is taken from a labelled page.
/// </summary>
public sealed class FigureLabelPositionTests
{
    [Theory]
    // An age before 的 and a person's name is that person's, though the verb runs on after the name.
    [InlineData("今年72岁的王秀兰每天早上都到公园打太极。", "72岁|王秀兰|72|岁|exact")]
    [InlineData("58岁的李建国带领村民发展特色种植。", "58岁|李建国|58|岁|exact")]
    [InlineData("35岁的周某与同伙多次作案。", "35岁|周某|35|岁|exact")]
    // A word for a person after the age stays the label: no surname is read into it.
    [InlineData("社区为80多岁的高龄老人送去棉衣。", "80多岁|高龄老人|80|岁|over")]
    // The kind of sentence before its length names it.
    [InlineData("法院以诈骗罪判处被告人有期徒刑5年。", "5年|有期徒刑|5|年|exact")]
    [InlineData("区法院以盗窃罪判处张某拘役6个月。", "6个月|区法院以盗窃罪判处张某拘役|6|个月|exact")]
    // A duration after a verb of keeping something going, or of taking time, measures how long its subject lasts.
    [InlineData("社区迎新长跑已坚持了12年。", "12年|社区迎新长跑坚持|12|年|exact")]
    [InlineData("全国节水宣传活动已连续举办20年。", "20年|节水宣传活动举办|20|年|exact")]
    [InlineData("一个小麦新品种从选育到推广需要8年左右。", "8年左右|选育到推广需要|8|年|approx")]
    // A duration between a verb and 的 measures how long the verb went on; 经过…的努力 spends time and names nothing.
    [InlineData("县里为在一线工作3年以上的干部购买了保险。", "3年以上|一线工作|3|年|over")]
    [InlineData("工人们终于拿到了被拖欠8个月的工资。", "8个月|拖欠|8|个月|exact")]
    [InlineData("经过3年的努力，村里通了自来水。", "3年|-|3|年|exact")]
    // A count after 等 with no noun of its own counts the ones listed before 等.
    [InlineData("犯罪嫌疑人张某等5人被依法刑事拘留。", "5人|犯罪嫌疑人张某等|5|人|exact")]
    [InlineData("来自西藏的扎西等12人获得表彰。", "12人|扎西等|12|人|exact")]
    // Latin letters and a short quoted term are part of the counted noun.
    [InlineData("今年全市已安装1159盏LED路灯。", "1159盏|LED路灯|1159|盏|exact")]
    [InlineData("平台已接入25个热门APP。", "25个|热门APP|25|个|exact")]
    [InlineData("春节期间全省将举办300多项“非遗”展示活动。", "300多项|“非遗”展示活动|300|项|over")]
    // 以及 joins two counted nouns; it is no part of the first.
    [InlineData("将上演400多场舞台艺术演出以及300多项群众文化活动。", "400多场|舞台艺术演出|400|场|over ; 300多项|群众文化活动|300|项|over")]
    // Count units other than people stand before their noun like 次.
    [InlineData("全省共开展120场次送戏下乡演出。", "120场次|送戏下乡演出|120|场次|exact")]
    // A length right before a way or course is its length; before a verb it is not read as one (the subject names it).
    [InlineData("今年将新改建80公里农村公路。", "80公里|农村公路|80|公里|exact")]
    [InlineData("珠江口15米深水航道全线贯通。", "15米|深水航道|15|米|exact")]
    [InlineData("护栏每50厘米加装一道横向支撑。", "50厘米|护栏|50|厘米|exact")]
    // 海拔落差 is one dimension, not 海拔.
    [InlineData("景区推出1200米海拔落差滑雪体验。", "1200米|海拔落差|1200|米|exact")]
    // The noun of money after an amount ends at its character of money (金, 款, 费), though a verb runs on after it.
    [InlineData("检察官将8万元司法救助金送到当事人手中。", "8万元|司法救助金|80000|元|exact")]
    [InlineData("区法院执行到位36万元赔偿款，全部发放到位。", "36万元|赔偿款|360000|元|exact")]
    // A verbal 次 with no noun after it counts the deed that follows it in the clause.
    [InlineData("专案组先后20次从境外将嫌疑人押解回国。", "20次|从境外将嫌疑人押解回国|20|次|exact")]
    [InlineData("今年以来，区领导3次深入社区走访。", "3次|深入社区走访|3|次|exact")]
    // A sentence that opens with a date and a bare figure runs on from the topic of the sentence before.
    [InlineData("闫师傅养鸡的规模一年比一年大。2014年1000只，2019年1万只。", "1000只|闫师傅养鸡的规模|1000|只|exact ; 1万只|闫师傅养鸡的规模|10000|只|exact")]
    [InlineData("村民的人均纯收入逐年增加。2015年3200元，2019年9800元。", "3200元|村民的人均纯收入|3200|元|exact ; 9800元|村民的人均纯收入|9800|元|exact")]
    // A person before 今年, 已经 and the age is whose age it is: a word for a person or a name.
    [InlineData("李大爷今年75岁，是村里的老党员。", "75岁|李大爷|75|岁|exact")]
    [InlineData("村民刘建军今年68岁。", "68岁|村民刘建军|68|岁|exact")]
    [InlineData("这位老人已经90岁了。", "90岁|老人|90|岁|exact")]
    [InlineData("他今年35岁。", "35岁|年龄|35|岁|exact")]
    // A clause ending in a verb of giving or raising money leaves the amount as its object: the giver and the verb name it.
    [InlineData("全省共筹集改造资金86亿元，其中社会资本投入21亿元。", "86亿元|筹集改造资金|8600000000|元|exact ; 21亿元|社会资本投入资金|2100000000|元|exact")]
    [InlineData("区里拨付16万元，用于日间照料中心建设。", "16万元|区里拨付|160000|元|exact")]
    // 该项目 is a demonstrative before 项目, not 该项 before 目; 才 links like 只.
    [InlineData("该项目总投资2.6亿元。", "2.6亿元|项目总投资|260000000|元|exact")]
    [InlineData("她家每月水费才30多元。", "30多元|水费|30|元|over")]
    // 出列 and 摘帽 say what the counted villages and counties did, not what they are.
    [InlineData("目前，该县已有12个贫困村出列，5个贫困县摘帽。", "12个|贫困村|12|个|exact ; 5个|贫困县|5|个|exact")]
    // 8小时之外 is time off work, a set phrase, not a duration.
    [InlineData("党员干部利用8小时之外时间走进社区，累计服务群众1200人次。", "1200人次|服务群众|1200|人次|exact")]
    [InlineData("他们把八小时以外的时间都用在了村里。", "")]
    public void Extract_MadeUpLine_LabelsTheNounInItsPosition(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
