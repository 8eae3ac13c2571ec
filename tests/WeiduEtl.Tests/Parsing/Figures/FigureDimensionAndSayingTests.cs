namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-first round (issue 19): made-up lines in the styles of county reports, evening papers, city pages and sports
/// pages. A length before 长的, 高的 measures the noun after 的; a describing modifier (崭新的, 堆满…的, 参加…的) between a
/// measure word and its noun leaves the noun counted; an age before a person word and a name is that person's; a count
/// stretched into another across 当 (一天当两天用) and a bare count of 人 after 将 or 把 (pointing back) are no figures.
/// </summary>
public sealed class FigureDimensionAndSayingTests
{
    [Theory]
    [InlineData("县里去年修通了约800米长的村级公路。", "约800米|村级公路长度|800|米|approx")]
    [InlineData("体育馆南侧立起一块12米宽的电子大屏。", "12米|电子大屏宽度|12|米|exact")]
    [InlineData("挖掘机清出一条近3米深的排水沟。", "近3米|排水沟深度|3|米|approx")]
    [InlineData("这段2公里长的步道上每天都有人跑步。", "2公里|步道长度|2|公里|exact")]
    [InlineData("两米高处有裂缝。", "两米|-|2|米|exact")]
    public void Extract_LengthBeforeDimensionAndDe_MeasuresTheNounAfter(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("小区里新装了12盏崭新的路灯。", "12盏|路灯|12|盏|exact")]
    [InlineData("教室里摆放着40张全新的课桌。", "40张|课桌|40|张|exact")]
    [InlineData("约300名参加毕业典礼的学生家长一早赶到。", "约300名|学生家长|300|名|approx")]
    // A plain noun before 的 is still what the measure word counts.
    [InlineData("3个贫困村的村民都通上了自来水。", "3个|贫困村|3|个|exact")]
    public void Extract_DescribingModifierAfterMeasureWord_CountsTheNounAfterDe(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("76岁的退休工人刘长海每天到公园打拳。", "76岁|退休工人刘长海|76|岁|exact")]
    [InlineData("82岁老人孙桂英坐在门口晒太阳。", "82岁|老人孙桂英|82|岁|exact")]
    [InlineData("9岁的女孩张小雨被送到医院。", "9岁|女孩张小雨|9|岁|exact")]
    // 高兴地 is a word of manner, no name.
    [InlineData("比赛间隙，75岁的队员高兴地向观众挥手。", "75岁|队员|75|岁|exact")]
    public void Extract_AgeBeforePersonWordAndName_IsTheNamedPersons(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("为了赶在汛期前完工，施工队一天当两天用、两天当三天使。")]
    [InlineData("秋收时节，家里一个人当两个人使。")]
    [InlineData("他把一块钱当成两块钱花。")]
    [InlineData("接到报警后，民警将4人全部抓获。")]
    [InlineData("保安把两人拦在门外。")]
    public void Extract_StretchSayingOrCountPointingBack_IsNoFigure(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("民警将两名男子带回派出所。", "两名|男子带回派出所|2|名|exact")]
    [InlineData("事故造成两人受伤。", "两人|受伤|2|人|exact")]
    public void Extract_CountNamingItsPeople_StillCounts(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
