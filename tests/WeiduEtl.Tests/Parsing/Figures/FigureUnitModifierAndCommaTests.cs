namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Round 37, from the misses of the U+V papers, on made-up lines in the styles of a county report, a city daily's district
/// page and a web-copy dump with ASCII commas: 延米 (linear metres of road or pipe) is a length; a four-letter set phrase
/// before 的 after a measure word describes the counted noun after it; a conjunction or clause adverb alone (且, 并) is
/// no subject; and an ASCII comma ends a clause as the full-width one does, so a figure with no subject of its own takes the
/// topic before it. None of these lines is taken from a labelled page.
/// </summary>
public sealed class FigureUnitModifierAndCommaTests
{
    [Theory]
    [InlineData("镇里今年新修通村水泥路3200延米。", "3200延米|镇里今年新修通村水泥路|3200|延米|exact")]
    [InlineData("县城今年新铺设雨污管网1.5万延米。", "1.5万延米|县城今年新铺设雨污管网|15000|延米|exact")]
    [InlineData("社区改造老旧小区排水管道800多延米。", "800多延米|社区改造老旧小区排水管道|800|延米|over")]
    // 延 as a verb before a plain length leaves the 米 alone.
    [InlineData("这条道路向东延伸300米后与国道相接。", "300米|东延伸|300|米|exact")]
    [InlineData("河道整治工程全长2.5公里。", "2.5公里|河道整治工程全长|2.5|公里|exact")]
    public void Extract_LinearMetres_AreALength(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    [InlineData("学校新添置了300套整齐划一的课桌椅。", "300套|课桌椅|300|套|exact")]
    [InlineData("公园里栽下5000株郁郁葱葱的樱花树。", "5000株|樱花树|5000|株|exact")]
    [InlineData("两名蓬头垢面的男子被民警带回派出所。", "两名|男子|2|名|exact")]
    // Nouns before 的 are what is counted; a deed after 的 is done to the counted noun.
    [InlineData("3个乡镇街道的干部参加了培训。", "3个|乡镇街道|3|个|exact")]
    [InlineData("社区完成了12把休闲座椅的安装。", "12把|休闲座椅|12|把|exact")]
    public void Extract_SetPhraseBeforeDe_DescribesTheNounAfterIt(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    [InlineData("新能源汽车充电桩的选址已经完成，并将由原来的30个增加到120个。",
        "30个|新能源汽车充电桩|30|个|exact ; 120个|新能源汽车充电桩|120|个|exact")]
    [InlineData("新建停车场的规划已经批复，且将由原来的200个车位扩大到600个。",
        "200个|新建停车场|200|个|exact ; 600个|新建停车场|600|个|exact")]
    public void Extract_ConjunctionAloneBeforeTheFigure_IsNoSubject(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    [InlineData("全县农村公路总里程不断增长,达到3600公里。", "3600公里|农村公路总里程|3600|公里|exact")]
    [InlineData("新能源汽车充电桩的选址已经完成,并将由原来的30个增加到120个。",
        "30个|新能源汽车充电桩|30|个|exact ; 120个|新能源汽车充电桩|120|个|exact")]
    [InlineData("街道今年为辖区老人安装了紧急呼叫器,合计360台。", "360台|紧急呼叫器|360|台|exact")]
    [InlineData("全市外资企业进出口1.2万亿元,占比38%。", "1.2万亿元|外资企业进出口|1200000000000|元|exact ; 38%|外资企业进出口占比|38|%|exact")]
    // A comma inside a number is no clause break, and a verb of saying before the comma leaves the span unlabelled.
    [InlineData("全县共有1,200名志愿者参加活动。", "1,200名|志愿者|1200|名|exact")]
    [InlineData("他说,3年来村里变化很大。", "3年|-|3|年|exact")]
    public void Extract_AsciiComma_ReadsAsTheFullWidthOne(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
        var fullWidth = System.Text.RegularExpressions.Regex.Replace(line, @"(?<=\p{IsCJKUnifiedIdeographs}),", "，");
        Assert.Equal(FigureRows.Extract(fullWidth).Select(r => r.Split('|')[1]), FigureRows.Extract(line).Select(r => r.Split('|')[1]));
    }

    // A web copy's table printed with ASCII commas: a comma after a digit parts cells or thousands, so the share takes no
    // topic from the cell before (the 200 of 1,200).
    [Theory]
    [InlineData("年份,产量(吨),增长\n2022,1,200,5%\n2023,1,350,12.5%", "5%|-|5|%|exact ; 12.5%|-|12.5|%|exact")]
    public void Extract_AsciiCommaAfterADigit_ReadsNoClauseBefore(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    [InlineData("如今，该街道已构筑起“3分钟买菜、5分钟上学、10分钟就医、15分钟满足多元需求”的便民格局。")]
    [InlineData("全市打造“5分钟到公园、10分钟到健身点、15分钟到文化站”的生活圈。")]
    [InlineData("县里推行“1天受理、3天审批、5天办结”的工作机制。")]
    public void Extract_QuotedListOfParallelStandards_IsNoFigure(string line) =>
        Assert.Empty(FigureRows.Extract(line));

    [Theory]
    // Spoken in the first person, or not quoted at all, a list of counts is counts.
    [InlineData("他说：“我们今年种了3亩玉米、5亩大豆、10亩小麦。”", "3亩|玉米|3|亩|exact ; 5亩|大豆|5|亩|exact ; 10亩|小麦|10|亩|exact")]
    [InlineData("全县今年有3个乡镇、5个村、10个社区完成改造。", "3个|乡镇|3|个|exact ; 5个|村|5|个|exact ; 10个|社区|10|个|exact")]
    // Quoted, numbers that count the noun after them are a tally (a sports page's medals, a county report's projects).
    [InlineData("该队在本届运动会上收获“3枚金牌、2枚银牌、5枚铜牌”的好成绩。", "3枚|金牌|3|枚|exact ; 2枚|银牌|2|枚|exact ; 5枚|铜牌|5|枚|exact")]
    public void Extract_ListOfCountsSpokenOrUnquoted_KeepsItsFigures(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
