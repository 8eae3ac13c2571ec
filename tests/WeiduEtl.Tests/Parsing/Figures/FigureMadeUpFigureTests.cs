namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Twenty-seventh round (issue 19): figures in the same made-up styles as <see cref="FigureMadeUpNonFigureTests"/> (county
/// reports, finance, sports, weather, court, health, education, rural and international news): amounts, counts, ranges,
/// approximations and changes, each with the noun phrase it measures. Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureMadeUpFigureTests
{
    [Theory]
    // Each line holds figures beside words a rule could mistake for names or dates.
    [InlineData("该项目总投资约12亿元，建成后可新增就业岗位800个。", "约12亿元|项目总投资|1200000000|元|approx ; 800个|可新增就业岗位|800|个|exact")]
    [InlineData("去年全县粮食总产量达到45万吨，比上年增加1.2万吨。", "45万吨|粮食总产量|450000|吨|exact ; 1.2万吨|粮食总产量增加|12000|吨|exact")]
    [InlineData("村里新修水泥路12公里，安装路灯300余盏。", "12公里|村里新修水泥路|12|公里|exact ; 300余盏|安装路灯|300|盏|over")]
    [InlineData("合作社今年养殖生猪5000多头，户均增收2万元。", "5000多头|合作社今年养殖生猪|5000|头|over ; 2万元|户均增收|20000|元|exact")]
    [InlineData("截至目前，全省累计接种疫苗超过3000万剂次。", "超过3000万剂次|接种疫苗|30000000|剂次|over")]
    [InlineData("本次招聘会共有120家企业参加，提供岗位4600多个。", "120家|企业|120|家|exact ; 4600多个|岗位|4600|个|over")]
    [InlineData("沪指全天上涨0.8%，成交额达3500亿元。", "0.8%|沪指全天上涨|0.8|%|exact ; 3500亿元|成交额|350000000000|元|exact")]
    [InlineData("这只基金今年以来收益率达35%。", "35%|收益率|35|%|exact")]
    [InlineData("每股派发现金红利0.5元。", "0.5元|每股派发现金红利|0.5|元|exact")]
    [InlineData("比赛吸引了约2万名观众到场观看。", "约2万名|观众|20000|名|approx")]
    [InlineData("她以2分05秒的成绩夺冠。", "2分05秒|成绩|125|秒|exact")]
    [InlineData("马拉松赛共有3万名选手参赛。", "3万名|选手|30000|名|exact")]
    [InlineData("明天最高气温28℃，最低气温18℃。", "28℃|明天最高气温|28|℃|exact ; 18℃|最低气温|18|℃|exact")]
    [InlineData("警方共抓获犯罪嫌疑人15名，涉案金额达2000余万元。", "15名|抓获犯罪嫌疑人|15|名|exact ; 2000余万元|涉案金额|20000000|元|over")]
    [InlineData("这批文物共有120余件，年代跨越千年。", "120余件|文物|120|件|over")]
    [InlineData("新药的有效率达到85%以上。", "85%以上|有效率|85|%|over")]
    [InlineData("全县共有中小学56所，在校学生3.2万人。", "56所|中小学|56|所|exact ; 3.2万人|在校学生|32000|人|exact")]
    [InlineData("医院每天接诊患者约3000人次。", "约3000人次|接诊患者|3000|人次|approx")]
    [InlineData("该市人均寿命达到80.5岁。", "80.5岁|人均寿命|80.5|岁|exact")]
    [InlineData("两国贸易额突破1000亿美元大关。", "突破1000亿美元|两国贸易额|100000000000|美元|over")]
    [InlineData("这家企业投入研发资金5000万元，占销售收入的6%。", "5000万元|研发资金|50000000|元|exact ; 6%|研发资金占销售收入|6|%|exact")]
    [InlineData("他家承包了200亩土地，种植小麦和玉米。", "200亩|土地|200|亩|exact")]
    [InlineData("大棚蔬菜亩产达到1万斤。", "1万斤|大棚蔬菜亩产|10000|斤|exact")]
    [InlineData("全村有贫困户46户、贫困人口152人。", "46户|贫困户|46|户|exact ; 152人|贫困人口|152|人|exact")]
    [InlineData("每人每月补贴300元。", "300元|补贴|300|元|exact")]
    [InlineData("车辆时速不得超过120公里。", "不得超过120公里|车辆时速|120|公里|at_most")]
    [InlineData("大桥全长约2.5公里，主跨达1000米。", "约2.5公里|大桥全长|2.5|公里|approx ; 1000米|主跨|1000|米|exact")]
    [InlineData("项目占地面积150亩，建筑面积8万平方米。", "150亩|项目占地面积|150|亩|exact ; 8万平方米|建筑面积|80000|平方米|exact")]
    public void Extract_MadeUpReportLine_ReadsFiguresAndLabels(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
