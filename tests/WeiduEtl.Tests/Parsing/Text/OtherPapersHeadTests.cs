using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// The head of an item as papers other than the corpus's set it: edition lines naming a place and a desk, bylines
/// and datelines naming the paper or site, and the writer's bare name under the headline. Made-up lines in the
/// styles of a city evening paper, a provincial daily's local page and a news site's report.
/// </summary>
public sealed class OtherPapersHeadTests
{
    [Theory]
    [InlineData("第7版 城区/经济")]
    [InlineData("第3版 本埠·体育")]
    [InlineData("第012版 县域/ 民生")]
    [InlineData("第2版 滨江·要闻")]
    public void IsFurniture_PageNumberWithJoinedEditionName_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("第7版刊登的“城区/经济”专题引发热议。")]
    [InlineData("城区/经济")]
    public void IsFurniture_TextAboutAJoinedEditionName_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("晨报记者 王小明 通讯员 李大勇 陈晓", new[] { "王小明" }, new[] { "李大勇", "陈晓" })]
    [InlineData("县报全媒体记者赵刚通讯员钱程", new[] { "赵刚" }, new[] { "钱程" })]
    [InlineData("东南网记者 林海", new[] { "林海" }, new string[0])]
    [InlineData("市台融媒体记者 郑可", new[] { "郑可" }, new string[0])]
    public void TryParse_RoleWordAfterTheOutletsName_CreditsThePeople(string line, string[] reporters, string[] correspondents)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people));
        Assert.Equal(reporters, people.Where(p => p.Role == ContributorRole.Reporter).Select(p => p.Name));
        Assert.Equal(correspondents, people.Where(p => p.Role == ContributorRole.Correspondent).Select(p => p.Name));
    }

    [Fact]
    public void TryParse_BareNamesBeforeRoleWords_AreTheWriters()
    {
        Assert.True(BylineRule.TryParse("王芳 陈晨 实习生 李可 赵一鸣", PressLexicon.BuiltIn, out var people));
        Assert.Equal(["王芳", "陈晨", "李可", "赵一鸣"], people.Where(p => p.Role == ContributorRole.Reporter).Select(p => p.Name));
    }

    [Theory]
    [InlineData("市民 游客 通讯员 李可")]
    [InlineData("晚报读者 王小明")]
    [InlineData("都市报记者节")]
    public void TryParse_OutletsNameWithoutARoleWordOrNames_IsNoByline(string line) =>
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));

    [Theory]
    [InlineData("晨报讯 （记者 李明）昨天上午，城南新区首条公交专用道通车。", "晨报讯", "李明")]
    [InlineData("东南网3月5日讯（县报全媒体记者 周立）今天，全县春耕备耕现场会召开。", "东南网3月5日讯", "周立")]
    [InlineData("都市在线杭州5月6日讯 （晚报记者 方圆）这两天，运河边的樱花开了。", "都市在线杭州5月6日讯", "方圆")]
    public void Match_AnotherPapersOrSitesOwnDateline_ReadsItAndItsCredit(string paragraph, string dateline, string reporter)
    {
        var m = DatelineRule.Match(paragraph, PressLexicon.BuiltIn);
        Assert.Equal(dateline, m?.Dateline);
        Assert.Equal([reporter], m!.Contributors.Where(c => c.Role == ContributorRole.Reporter).Select(c => c.Name));
    }

    [Theory]
    [InlineData("他把晚报讯息转给了邻居。")]
    [InlineData("城市报讯问了三位市民。")]
    public void Match_SentenceWithAPapersNameBeforeXun_IsNoDateline(string paragraph) =>
        Assert.Null(DatelineRule.Match(paragraph, PressLexicon.BuiltIn));

    [Fact]
    public void Assemble_EditionLineWithAJoinedName_IsNoKicker()
    {
        var issue = TextPage.Assemble(
            "第6版 城市新闻·民生",
            "老旧小区加装电梯提速",
            "本报记者 陈思远",
            "今年以来，全区已有42个老旧小区完成加装电梯，居民上下楼不再犯难。",
            "区住建局负责人说，下一步将简化审批流程，让更多居民早日受益。");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("老旧小区加装电梯提速", article.Headline);
    }

    [Fact]
    public void Assemble_BylineNamingThePaper_StandsUnderTheHeadline()
    {
        var issue = TextPage.Assemble(
            "社区睦邻节热闹开场",
            "特区报记者 刘洋 通讯员 陈晨",
            "9月3日，福田街道首届社区睦邻节开幕，300多名居民参加了活动。",
            "街道负责人表示，将把睦邻节办成居民自己的节日。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("社区睦邻节热闹开场", article.Headline);
        Assert.Equal(["刘洋"], article.NamesIn(ContributorRole.Reporter).Distinct());
    }

    [Fact]
    public void Assemble_BareNameTheDatelineCreditsAgain_IsTheByline()
    {
        var article = Assert.Single(StreetLightsPage("记者 周晓明").Articles);

        Assert.Equal("背街小巷装上了新路灯", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Equal(["周晓明"], article.NamesIn(ContributorRole.Reporter).Distinct());
    }

    [Fact]
    public void Assemble_BareNameTheDatelineDoesNotCredit_IsNoByline() =>
        Assert.DoesNotContain("周晓明", StreetLightsPage("记者 李立").Articles.SelectMany(a => a.NamesIn(ContributorRole.Reporter)));

    private static ParsedIssue StreetLightsPage(string credit) => TextPage.Assemble(
        "背街小巷装上了新路灯",
        "周晓明",
        $"本报讯 （{credit}）昨天傍晚，长宁路一带的背街小巷亮起了新装的路灯。",
        "附近居民说，以前晚上出门要打手电，现在心里踏实多了。");

    [Fact]
    public void Assemble_CaptionAndItsCreditInsideACreditedItem_IsAPictureOfIt()
    {
        var issue = TextPage.Assemble(
            "大棚草莓红了",
            "本报记者 孙悦 实习生 钱多多",
            "果农在大棚里采摘草莓。",
            "本报记者 孙悦 摄",
            "1月10日，记者来到城郊的草莓种植基地，一排排大棚里草莓红艳艳的。",
            "基地负责人说，今年的草莓已经订出去七成。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("大棚草莓红了", article.Headline);
        Assert.Equal("果农在大棚里采摘草莓。", Assert.Single(article.Photos).Caption);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("她笑着说：“明年还要再来。”王晓东 陈丽", false)]
    [InlineData("他说：“这里的早点很地道。”李明说", true)]
    [InlineData("市民们纷纷表示，路修好了出门方便", true)]
    public void IsOpen_WritersNamesGluedAfterTheLastSentence_CloseTheParagraph(string paragraph, bool open) =>
        Assert.Equal(open, SentenceJoinRule.IsOpen(paragraph));

    [Fact]
    public void Assemble_CaptionBetweenBylineAndDateline_IsThePictureOfTheReport()
    {
        var issue = TextPage.Assemble(
            "社区广场上的文艺汇演",
            "王芳 陈晨 实习生 李可",
            "居民表演的腰鼓舞。",
            "东南网6月2日讯 歌舞表演、义诊、便民理发……昨天，城北社区的文艺汇演在小广场举行。",
            "街道负责人说，这样的活动每月都会办一次。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("社区广场上的文艺汇演", article.Headline);
        Assert.Equal("东南网6月2日讯", article.Dateline);
        Assert.Equal("居民表演的腰鼓舞。", Assert.Single(article.Photos).Caption);
    }
}
