namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar on made-up lines in three papers' styles: a city daily (本市, 全区, a street's numbers), a national daily
/// (全国, 全省, round totals and changes) and a business paper (营收, 占比, 增速). Each construction a reader labels by is
/// written in more than one style; none of these lines is taken from a labelled page.
/// </summary>
public sealed class FigureLabelNewsStyleTests
{
    [Theory]
    // The subject of 达, 为, 超过, 突破.
    [InlineData("今年以来，全区新签约项目总投资达125亿元。", "125亿元|项目总投资|12500000000|元|exact")]
    [InlineData("全省粮食总产量为680.5亿斤，比上年增加12.3亿斤。", "680.5亿斤|粮食总产量|68050000000|斤|exact ; 12.3亿斤|粮食总产量增加|1230000000|斤|exact")]
    [InlineData("该市进出口总额超过3000亿元，同比增长6.8%。", "超过3000亿元|进出口总额|300000000000|元|over ; 6.8%|进出口总额同比增长|6.8|%|exact")]
    [InlineData("去年，全县农村居民人均可支配收入突破1.5万元。", "突破1.5万元|农村居民人均可支配收入|15000|元|over")]
    // The head noun before 共计, 总计, 累计.
    [InlineData("截至11月底，全市各类市场主体共计86.4万户。", "86.4万户|市场主体|864000|户|exact")]
    [InlineData("辖区内现有养老机构总计46家，床位共3200张。", "46家|养老机构|46|家|exact ; 3200张|床位|3200|张|exact")]
    [InlineData("受益家庭累计超过5万户。", "超过5万户|受益家庭|50000|户|over")]
    // The noun a measure word counts, also after 为 (有8部为国产影片).
    [InlineData("活动吸引了3家银行、12家保险公司和40余家企业参加。", "3家|银行|3|家|exact ; 12家|保险公司|12|家|exact ; 40余家|企业|40|家|over")]
    [InlineData("全年票房前十的影片中有8部为国产影片。", "8部|国产影片|8|部|exact")]
    // A change takes the subject's measure; the base of a comparison is left out.
    [InlineData("今年春运期间，铁路部门预计发送旅客4.4亿人次，增长8%。", "4.4亿人次|发送旅客|440000000|人次|exact ; 8%|发送旅客增长|8|%|exact")]
    [InlineData("前三季度，规模以上工业增加值同比增长5.6%，增速比上半年回落0.2个百分点。", "5.6%|规模以上工业增加值同比增长|5.6|%|exact ; 0.2个百分点|增速回落|0.2|个百分点|exact")]
    // 其中 X占 Y, and a share after a figure.
    [InlineData("1至11月，民营企业进出口占全国外贸总值的42.7%。", "42.7%|民营企业进出口占外贸总值|42.7|%|exact")]
    [InlineData("其中，外资企业进出口1.2万亿元，占比38%。", "1.2万亿元|外资企业进出口|1200000000000|元|exact ; 38%|外资企业进出口占比|38|%|exact")]
    // List items, each with its own noun.
    [InlineData("新建5G基站1.3万个、充电桩2400个。", "1.3万个|新建5G基站|13000|个|exact ; 2400个|充电桩|2400|个|exact")]
    // 人均, 日均: the distributive is part of the noun, and alone it divides the noun of the figure before.
    [InlineData("全市日均客流量由去年的12万人次增至18万人次，日均增加6万人次。", "12万人次|日均客流量|120000|人次|exact ; 18万人次|日均客流量|180000|人次|exact ; 6万人次|日均客流量增加|60000|人次|exact")]
    [InlineData("退田还湖后，全镇人均耕地面积由退田还湖前的0.11公顷降至0.03公顷，人均减少73%。", "0.11公顷|人均耕地面积|0.11|公顷|exact ; 0.03公顷|人均耕地面积|0.03|公顷|exact ; 73%|人均耕地面积减少|73|%|exact")]
    [InlineData("景区日均接待游客8.6万人次，人均消费380元。", "8.6万人次|游客|86000|人次|exact ; 380元|人均消费|380|元|exact")]
    // Time spans name what lasts.
    [InlineData("这条高速公路全长128公里，设计时速100公里，工期3年。", "128公里|高速公路全长|128|公里|exact ; 100公里|设计时速|100|公里|exact ; 3年|工期|3|年|exact")]
    // 以N的速度增长: the pace of the change of the subject before 以.
    [InlineData("近年来，景区客流量每年以30%的速度增长。", "30%|景区客流量增长速度|30|%|exact")]
    // 退X还Y compounds keep their 还.
    [InlineData("其中，退耕还林面积1300公顷，退渔还湖面积2300公顷。", "1300公顷|退耕还林面积|1300|公顷|exact ; 2300公顷|退渔还湖面积|2300|公顷|exact")]
    // 过 before an amount passes it, and the noun before it is what it measures (票房过10亿元的影片).
    [InlineData("全国票房过10亿元的影片有15部。", "过10亿元|票房|1000000000|元|over ; 15部|影片|15|部|exact")]
    // A verb between a measure and the next number links them: it is no noun the measure counts.
    [InlineData("全县人均耕地面积由0.2公顷降至0.1公顷。", "0.2公顷|人均耕地面积|0.2|公顷|exact ; 0.1公顷|人均耕地面积|0.1|公顷|exact")]
    // A feature's lines: start values dated (从2014年的38%), heads after a head count, the indefinite 一座.
    [InlineData("全村贫困发生率从2014年的38%降至0.8%。", "38%|全村贫困发生率|38|%|exact ; 0.8%|全村贫困发生率|0.8|%|exact")]
    [InlineData("合作社带动126户贫困户户均增收3000元。", "126户|贫困户|126|户|exact ; 3000元|贫困户户均增收|3000|元|exact")]
    [InlineData("村里建起了一座占地2000平方米的扶贫车间，吸纳120名群众就业。", "2000平方米|占地|2000|平方米|exact ; 120名|群众|120|名|exact")]
    [InlineData("村集体经济收入从不足1万元增加到50万元。", "不足1万元|村集体经济收入|10000|元|under ; 50万元|村集体经济收入|500000|元|exact")]
    // A business paper's lines: a measure of change alone is of the noun before it.
    [InlineData("截至去年底，该行贷款余额达到860亿元，比年初增加120亿元，增幅16.2%。", "860亿元|贷款余额|86000000000|元|exact ; 120亿元|贷款余额增加|12000000000|元|exact ; 16.2%|贷款余额增幅|16.2|%|exact")]
    [InlineData("公司实现净利润4.2亿元，较上年增长15%；每股收益0.38元。", "4.2亿元|净利润|420000000|元|exact ; 15%|净利润增长|15|%|exact ; 0.38元|每股收益|0.38|元|exact")]
    // A finance page's lines: verbs after a counted noun (实施, 享受), a period noun (期限), a standard of a deed.
    [InlineData("今年，全市计划投入资金8.5亿元，对126个老旧小区实施改造。", "8.5亿元|资金|850000000|元|exact ; 126个|老旧小区|126|个|exact")]
    [InlineData("债券发行规模为1000亿元，期限为10年，票面利率3.2%。", "1000亿元|债券发行规模|100000000000|元|exact ; 10年|期限|10|年|exact ; 3.2%|票面利率|3.2|%|exact")]
    [InlineData("按照每平方米补助100元的标准，共发放补助资金360万元。", "100元|每平方米补助标准|100|元|exact ; 360万元|补助资金|3600000|元|exact")]
    [InlineData("全国已有2000多万贫困人口享受低保政策。", "2000多万|贫困人口|20000000||over")]
    public void Extract_NewsStyleLine_LabelsWhatTheFigureMeasures(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Counts of abstract nouns of a category announce how a text is built.
    [InlineData("经济发展要把握好三个方面的关系。", "")]
    [InlineData("报告从三个方面作了阐述，提出两种模式。", "")]
    [InlineData("会议提出了四项原则，建立三项机制。", "")]
    [InlineData("我现在主要忙两件事，一是治水，二是治沙。", "")]
    // A demonstrative points back at what was counted already.
    [InlineData("随着这两部影片的上映，市场迎来高潮。", "")]
    [InlineData("这三个村庄都通了公路。", "")]
    // Vague counts: no first digit.
    [InlineData("村里立了几十条规矩，几万元收入。", "")]
    // Counts of things, also beside those nouns, stay figures.
    [InlineData("建成3个事业单位和两个优势产业园。", "3个|事业单位|3|个|exact ; 两个|优势产业园|2|个|exact")]
    [InlineData("全市出台稳就业措施20条。", "20条|出台稳就业措施|20|条|exact")]
    public void Extract_StructureOrVagueCount_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
