using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Where one story ends and the next begins on pages of papers other than the corpus's: a site's 讯 with a colon, a
/// headline with a cry inside, a caption between a headline and its dateline, a blank run between stories, and a
/// role word set close against the name it credits. Made-up lines in the styles of an evening paper, a county
/// paper's news site and a city paper's local page.
/// </summary>
public sealed class OtherPapersBoundaryTests
{
    [Theory]
    [InlineData("新城网讯：昨天上午，城东新区首条地下通道建成通车。", "新城网讯")]
    [InlineData("晨报综合讯 据县气象台消息，本周末全县将迎来一次降温。", "晨报综合讯")]
    [InlineData("县融在线讯：5日，全县秋粮收购工作全面启动。", "县融在线讯")]
    public void Match_SitesXunWithAColonOrARoundUpsXun_IsADateline(string paragraph, string dateline) =>
        Assert.Equal(dateline, DatelineRule.Match(paragraph, PressLexicon.BuiltIn)?.Dateline);

    [Theory]
    [InlineData("他把晚报讯息转给了邻居。")]
    [InlineData("综合讯问结果，警方锁定了嫌疑人。")]
    public void Match_SentenceWithXunInIt_IsNoDateline(string paragraph) =>
        Assert.Null(DatelineRule.Match(paragraph, PressLexicon.BuiltIn));

    [Theory]
    [InlineData("本报记者叶晓川/文 宋东/图")]
    [InlineData("■晚报记者叶晓川/文 宋东/图")]
    public void TryParse_RoleWordCloseAgainstANameWithItsMark_CreditsWriterAndPhotographer(string line)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people));
        Assert.Equal(["叶晓川"], people.Where(p => p.Role == ContributorRole.Reporter).Select(p => p.Name));
        Assert.Equal(["宋东"], people.Where(p => p.Role == ContributorRole.Photographer).Select(p => p.Name));
    }

    [Theory]
    [InlineData("票价降三成！城际公交下月起换新车", true)]
    [InlineData("守护一江水，共建文明城！夜话活动让街坊更贴心", true)]
    [InlineData("大家快来看！他喊道，", false)]
    [InlineData("真没想到！", false)]
    [InlineData("路修好了。出门方便多了！", false)]
    public void IsCriedHeadline_OneCryInsideAHeadlinesLength(string line, bool cried) =>
        Assert.Equal(cried, HeadingShapeRule.IsCriedHeadline(line));

    [Fact]
    public void Assemble_LineWithACryOverADateline_IsTheHeadline()
    {
        var issue = TextPage.Assemble(
            "票价降三成！城际公交下月起换新车",
            "都市在线5月6日讯（记者 方圆）从下月起，往返两城的城际公交将全部换成新能源车。",
            "公交公司负责人说，换车后票价还将下调。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("票价降三成！城际公交下月起换新车", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_LineWithACryUnderText_StaysText()
    {
        var issue = TextPage.Assemble(
            "城际公交换新车",
            "本报讯（记者 方圆）从下月起，往返两城的城际公交将全部换成新能源车。",
            "乘客王女士说：“终于等到了！”她常年往返两城上班。",
            "公交公司负责人说，换车后票价还将下调。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_HeadlineThenCaptionThenDateline_StartsTheNextStory()
    {
        var issue = TextPage.Assemble(
            "县城新添一处口袋公园",
            "县报讯（记者 周立）国庆前夕，城北的口袋公园建成开放，附近居民多了一处休闲去处。",
            "老街巷换新颜 居民笑开颜",
            "改造后的老街巷。（摄影/王一）",
            "县报网讯（通讯员 李强）近日，城关镇完成了三条老街巷的改造。",
            "居民说，路平了，灯亮了，晚上散步也放心了。");

        Assert.Equal(2, issue.Articles.Count);
        var second = issue.Articles[1];
        Assert.Equal("老街巷换新颜 居民笑开颜", second.Headline);
        Assert.Equal("县报网讯", second.Dateline);
        Assert.Equal("改造后的老街巷。", Assert.Single(second.Photos).Caption);
    }

    [Fact]
    public void Assemble_HeadlineAfterABlankRunUnderAFinishedStory_StartsTheNextStory()
    {
        var issue = TextPage.Assemble(
            "城南菜市场焕新开业",
            "本报记者 赵刚",
            "经过三个月的改造，城南菜市场昨天重新开门迎客，摊位整齐，地面干净。",
            "摊主老李说，改造后来买菜的人明显多了。",
            TextPage.Picture,
            "江滨步道全线贯通",
            "秋日傍晚，江滨步道上散步、跑步的市民络绎不绝。",
            "据介绍，步道全长八公里，沿途设有三处驿站。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("江滨步道全线贯通", issue.Articles[1].Headline);
        Assert.Equal(2, issue.Articles[1].Paragraphs.Count);
    }

    [Fact]
    public void Assemble_CaptionAfterABlankRunOverItsCredit_StaysThePicturesCaption()
    {
        var issue = TextPage.Assemble(
            "城南菜市场焕新开业",
            "本报记者 赵刚",
            "经过三个月的改造，城南菜市场昨天重新开门迎客，摊位整齐，地面干净。",
            TextPage.Picture,
            "改造后的菜市场",
            "本报记者 赵刚摄",
            "摊主老李说，改造后来买菜的人明显多了。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("城西区桃源镇花溪村：", true)]
    [InlineData("70多岁老党员周大山：", true)]
    [InlineData("2021：", false)]
    [InlineData("他说，今年的收成比往年好：", false)]
    public void IsNameLeadIn_PlaceOrPersonAndAColon(string line, bool leadIn) =>
        Assert.Equal(leadIn, HeadingShapeRule.IsNameLeadIn(line));

    [Fact]
    public void Assemble_VillageAndAColonOverAHeadline_IsItsKicker()
    {
        var issue = TextPage.Assemble(
            "城西区桃源镇花溪村：",
            "山坡上修通“致富路”",
            "晚报讯 （记者 方圆）近日，花溪村通往茶园的产业路全线完工。",
            "村民说，茶叶再也不用肩挑背扛下山了。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("城西区桃源镇花溪村：", article.Kicker);
        Assert.Equal("山坡上修通“致富路”", article.Headline);
    }

    [Theory]
    [InlineData("花园社区“三方议事会”：居民“提问”，物业当场“作答”", false)]
    [InlineData("花园社区的居民们在议事会上纷纷提问：路灯何时修好，停车位能否增加", true)]
    public void ReadsAsProse_ColonPartsAHeadlineLikeItsCommas(string line, bool prose) =>
        Assert.Equal(prose, ProseLineRule.ReadsAsProse(line));

    [Fact]
    public void Assemble_HeadlineWithAColonAfterABlankRun_StartsTheNextStory()
    {
        var issue = TextPage.Assemble(
            "老街换新颜",
            "晚报讯（记者 方圆）近日，城关镇完成了三条老街巷的改造。",
            "居民说，路平了，灯亮了，晚上散步也放心了。",
            TextPage.Picture,
            "花园社区“三方议事会”：居民“提问”，物业当场“作答”",
            "“咱们小区的路灯能不能修一修？”近日，花园社区议事会上，居民纷纷提问。",
            "物业负责人当场答复。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("花园社区“三方议事会”：居民“提问”，物业当场“作答”", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_LineAfterABlankRunOverTextThatGoesOn_StaysThePicturesCaption()
    {
        var issue = TextPage.Assemble(
            "城南菜市场焕新开业",
            "本报记者 赵刚",
            "经过三个月的改造，城南菜市场昨天重新开门迎客，摊位整齐，地面干净。",
            TextPage.Picture,
            "改造后的城南菜市场",
            "据了解，该市场改造共投入资金三百万元，新增摊位四十个。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
