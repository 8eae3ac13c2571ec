namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-eighth round, from the kinds taken wrongly on other papers' rule-writing sets: a community numbers its groups as
/// a village does (黄龙社区三组, a place), and a small count whose noun a full stop follows before its first item (有两个特点。
/// 一是…, 分享了两件“小事”。一件是…) announces its items as one before a colon does. Made-up lines in the style of a city
/// daily's community page, a county newsletter and a national daily's review, each rule with lines where the same words
/// still count.
/// </summary>
public sealed class FigureCommunityGroupAndEnumerationTests
{
    [Theory]
    [InlineData("城关街道南湖社区三组的居民喝上了自来水。", "")]
    [InlineData("记者来到东风社区2组，路面已经硬化。", "")]
    [InlineData("社区党委书记走访了幸福社区一组、三组的困难户。", "")]
    [InlineData("南湖社区三组的路修好了。党员们在南湖三组召开院坝会。", "")]
    [InlineData("王庄村2组通了水泥路。王庄2组的村民喝上了自来水。", "")]
    [InlineData("南湖社区三组的路修好了。志愿者分成三组打扫卫生。", "三组|打扫卫生|3|组|exact")]
    [InlineData("社区志愿者分成三组，每组5人。", "三组|社区志愿者分成|3|组|exact ; 5人|每组|5|人|exact")]
    [InlineData("每个社区3组巡逻队轮流值守。", "3组|巡逻队轮流值守|3|组|exact")]
    public void Extract_CommunityGroup_IsAPlace(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("该报告有两个特点。一是数据翔实，二是视角新颖。", "")]
    [InlineData("座谈会上，他分享了两件“小事”。一件是修路，另一件是装路灯。", "")]
    [InlineData("区委提出要抓好3件事。第一，稳就业；第二，保民生。", "")]
    [InlineData("镇上新建了3座桥。一座横跨清水河。", "3座|桥|3|座|exact")]
    [InlineData("全县新开工3个项目。第一批已经投产。", "3个|项目|3|个|exact")]
    public void Extract_CountBeforeItemsAfterAFullStop_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("全市有6人入选省级光荣榜。入选光荣榜的6人分别是：张三、李四等。", "6人|入选省级光荣榜|6|人|exact")]
    [InlineData("警方抓获3名嫌疑人。落网的3名嫌疑人均已被刑事拘留。", "3名|嫌疑人|3|名|exact")]
    [InlineData("本届共评出5个示范村。获评的5个村都将获得奖励。", "5个|示范村|5|个|exact")]
    [InlineData("入选光荣榜的6人分别是张三、李四等。", "6人|入选光荣榜|6|人|exact")]
    [InlineData("全市有6人入选。其中的4人都来自农村。", "6人|全市|6|人|exact ; 4人|-|4|人|exact")]
    public void Extract_CountPrintedAgainAfterADePhrase_PointsBack(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
