using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A copied page's own lines over its head (the outlet's time stamp, a path from the site's home, its channel, its 原创
/// tag) and a copy's title over its field line. Made-up lines in the styles of a city daily's site, a county's app, a
/// provincial news site's repost and a county media centre's page.
/// </summary>
public sealed class CopiedPageTests
{
    [Theory]
    [InlineData("江城日报 2021-03-04 08:15")]
    [InlineData("南山客户端 2023/11/02 17:40:12")]
    [InlineData("某县融媒 原创 2024-06-01 10:00")]
    [InlineData("发布时间 2024-06-01 10:00")]
    [InlineData("更新日期 2024-06-01 10:00:12")]
    [InlineData("05-12 09:30")]
    [InlineData("首页 > 本地新闻")]
    [InlineData("网站首页 >> 时政")]
    [InlineData("首页 新闻中心> 县区动态")]
    public void IsFurniture_CopysStampPathOrTag_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("截至2024-06-01 10:00")]
    [InlineData("比赛将于 2024-06-01 10:00 开始")]
    [InlineData("12-31 23:59前报名")]
    [InlineData("首页 地方频道")]
    [InlineData("主页君 > 大家")]
    [InlineData("原创")]
    [InlineData("本报记者 张明 2019-11-30 10:00")]
    [InlineData("报名截止 2024-06-30 17:00")]
    [InlineData("开考时间 2024-06-30 09:00")]
    public void IsFurniture_SentenceOrPlainWords_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Fact]
    public void Assemble_OutletStampUnderTheHead_LeavesTheHeadlineAlone()
    {
        var issue = TextPage.Assemble(
            "清河日报",
            "老旧小区换新颜",
            "清河日报 2019-11-30 00:38",
            "本报记者 周平",
            "近日，记者走进城东老旧小区，看到外墙粉刷一新，楼道里装上了感应灯。",
            "居民们说，住得更舒心了。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("老旧小区换新颜", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void Assemble_AppNameOverMonthDayStamp_TakesBothOutOfTheHead()
    {
        var issue = TextPage.Assemble(
            "某区手机报",
            "04-30 11:22",
            "市领导来我区调研社区工作",
            "某区手机报4月30日报道 29日，市领导一行到我区调研社区治理工作。",
            "调研组对我区社区工作给予肯定。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("市领导来我区调研社区工作", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void Assemble_ChannelOverCopiedHead_IsTakenOutWithTheSitesName()
    {
        var issue = TextPage.Assemble(
            "东海新闻网",
            "县域新闻 南湖",
            "南湖街道为居民建起充电棚",
            "原创",
            "东海新闻 2025-08-19 15:50",
            "8月19日，南湖街道名城小区的居民代表把一面锦旗送到社区办公室。",
            "社区书记说，以后还会把社区的事办得更贴心。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("南湖街道为居民建起充电棚", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Null(article.Subheadline);
    }

    [Fact]
    public void Assemble_StampOverChannelOverHead_LeavesTheHeadlineAlone()
    {
        var issue = TextPage.Assemble(
            "临江日报 2018-09-25 15:56",
            "临江新闻",
            "老街巷焕发新活力",
            "本报记者 杨文 平坦的柏油路曲径通幽，干净的巷子里新装的路灯整齐排列。",
            "居民们说，晚上出门再也不怕了。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("老街巷焕发新活力", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void Assemble_ChannelNameOnAPrintedPage_StaysInTheHead()
    {
        var issue = TextPage.Assemble(
            "社会新闻",
            "老街巷焕发新活力",
            "本报讯（记者 杨文）近日，城西老街完成改造，干净的巷子里新装的路灯整齐排列。",
            "居民们说，晚上出门再也不怕了。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("老街巷焕发新活力", article.Headline);
        Assert.DoesNotContain(issue.Warnings, w => w.Contains("outside the page's flow", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_PathFromHomeOverTheHead_TakesTheSitesLinesOut()
    {
        var issue = TextPage.Assemble(
            "今日某县",
            "某县融媒体中心",
            "首页 > 综合新闻",
            "居民盼了多年的路灯亮了",
            "2007-01-29 00:00:00    作者：张明    来源：今日某县",
            "近日，城北大院的居民们终于盼来了路灯，社区党员老电工主动帮忙装了4盏灯。",
            "居民们说，晚上出门再也不用摸黑了。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("居民盼了多年的路灯亮了", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void Assemble_LongTitleWithDashedSubtitleOverFieldLine_HeadsTheText()
    {
        var issue = TextPage.Assemble(
            "南岭新闻网",
            "首页 新闻中心> 本市时政",
            "走出“增收路” 跑出“加速度”——南湖区樟林镇扎实推进乡村振兴工作小记",
            "2024-01-12 10:59 来源: 南岭新闻网",
            "乡村振兴工作开展以来，某镇以党建引领、人才振兴、产业增效为目标，走出一条增收路子。",
            "下一步，某镇将继续推进农业产业品牌化发展。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("走出“增收路” 跑出“加速度”——南湖区樟林镇扎实推进乡村振兴工作小记", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_SentenceOverFieldLine_HeadsNothing()
    {
        var issue = TextPage.Assemble(
            "乡村振兴工作开展以来，某镇以党建引领，走出一条增收路子",
            "2024-01-12 10:59 来源: 南岭新闻网",
            "下一步，某镇将继续推进农业产业品牌化发展。");
        Assert.DoesNotContain(issue.Articles, a => a.Headline is { } h && h.StartsWith("乡村振兴", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_CopyTagUnderFieldLine_IsTakenOutWithIt()
    {
        var issue = TextPage.Assemble(
            "春耕正当时 田间农机忙",
            "来源：江城日报 2023-04-11 07:15",
            "转载",
            "4月10日，记者在江城区看到，田间地头一派繁忙景象，农机手们正驾驶机械翻耕土地。",
            "据了解，今年全区计划春播面积12万亩。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("春耕正当时 田间农机忙", article.Headline);
        Assert.Null(article.Subheadline);
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
