using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Layout as city and county papers print it: lettered edition lines (第B07版), picture reports credited 摄影报道, a
/// closing 文/图 credit before the next headline, and local reports headed by their place and a colon. Made-up lines
/// in the styles of an evening paper's district page, a county weekly and a city daily's community page.
/// </summary>
public sealed class LetteredEditionAndPlaceHeadTests
{
    [Theory]
    [InlineData("第B07版 都市")]
    [InlineData("第A12版 滨江新区")]
    [InlineData("第C3版 文体·休闲")]
    public void IsFurniture_LetteredPageNumberWithEditionName_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Fact]
    public void Assemble_LetteredEditionLine_IsNoKicker()
    {
        var issue = TextPage.Assemble(
            "第B02版 县域",
            "东坡村修起了文化长廊",
            "本报通讯员 何秀英",
            "今年以来，东坡村利用闲置仓库改建文化长廊，村民茶余饭后有了好去处。",
            "村委会主任说，长廊还将定期举办书画展和农技讲座。");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("东坡村修起了文化长廊", article.Headline);
    }

    [Theory]
    [InlineData("本报通讯员张建华摄影报道", "张建华")]
    [InlineData("晚报记者 陈 立 摄影报道", "陈立")]
    [InlineData("县融媒体中心记者 吴丹摄影报导", "吴丹")]
    public void TryParse_PictureReportCredit_NamesThePhotographer(string line, string photographer)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people));
        Assert.Contains(people, p => p.Name == photographer && p.Role == ContributorRole.Photographer);
    }

    [Fact]
    public void Assemble_PictureReportCreditUnderTheHeadline_IsNoHeadline()
    {
        var issue = TextPage.Assemble(
            "南湾乡：早熟梨抢“鲜”上市",
            "本报通讯员赵立新摄影报道",
            "南湾乡三百亩早熟梨日前陆续成熟，果农们忙着采摘、分拣、装箱。",
            "图为果农在梨园采摘。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("南湾乡：早熟梨抢“鲜”上市", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Theory]
    [InlineData("江城晚报全媒体首席记者王海文/图", "王海")]
    [InlineData("县报融媒体特约记者 林小松", "林小松")]
    public void TryParse_OutletMediaWordAndRankBeforeTheRoleWord_CreditsTheWriter(string line, string reporter)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people));
        Assert.Contains(people, p => p.Name == reporter && p.Role == ContributorRole.Reporter);
    }

    [Fact]
    public void Assemble_ClosingCreditBeforeAHeadline_EndsTheArticleAbove()
    {
        var issue = TextPage.Assemble(
            "河西社区办起邻里节",
            "【本报讯】3月1日，河西社区举办第五届邻里节，三百多位居民参加了活动。",
            "活动现场还设置了义诊和法律咨询摊位，受到居民欢迎。",
            "江城晚报全媒体首席记者王海文/图",
            "老街口新添三处停车场",
            "【本报讯】2月28日，老街口片区新建的三处停车场投入使用，新增车位两百余个。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("老街口新添三处停车场", issue.Articles[1].Headline);
        Assert.Null(issue.Articles[1].Kicker);
        Assert.Empty(issue.Articles[0].Subheadings);
    }

    [Theory]
    [InlineData("桃源街道：老楼加装电梯有了“时间表”")]
    [InlineData("南浔：首批乡村夜市开张")]
    [InlineData("青石社区：义剪队十年不散")]
    [InlineData("临安法院：巡回审判进山村")]
    [InlineData("嘉兴创文：背街小巷亮起来")]
    [InlineData("柳河村：土坯房变成了小洋楼")]
    [InlineData("城关镇：夜市摊点有了“新家”")]
    public void IsPlaceLed_ReportHeadNamingItsPlace_IsPlaceLed(string line) => Assert.True(PlaceLedHeadlineRule.IsPlaceLed(line));

    [Theory]
    [InlineData("一个产业：融合发展打造新高地")]
    [InlineData("总投资：12.5亿元")]
    [InlineData("制图：李小明")]
    [InlineData("农村：路通了，心也通了。")]
    [InlineData("记者手记：那一盏灯")]
    [InlineData("智慧城市：数据让出行更便捷")]
    [InlineData("美丽乡村：小院变成了花园")]
    [InlineData("产业园区：项目建设跑出加速度")]
    [InlineData("城市：让生活更美好的地方")]
    [InlineData("山区：孩子们搬进了新校舍")]
    public void IsPlaceLed_SectionTitleOrLabelLine_IsNot(string line) => Assert.False(PlaceLedHeadlineRule.IsPlaceLed(line));

    [Fact]
    public void Assemble_PlaceLedHeadAfterAFinishedReport_StartsTheNextReport()
    {
        var issue = TextPage.Assemble(
            "老旧小区换新颜 居民乐享新生活",
            "本报记者 郑晓东",
            "今年以来，全市启动老旧小区改造，首批四十个小区已完工。",
            "改出精气神",
            "走进改造后的小区，道路平整，绿化整洁，休闲广场上传来阵阵笑声。",
            "南浔：首批乡村夜市开张",
            "6月8日晚，南浔区首批乡村夜市在荻港村开张，吸引了上千名游客。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("南浔：首批乡村夜市开张", issue.Articles[1].Headline);
        Assert.Equal(["改出精气神"], issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_PlaceLedHeadInTwoLines_StartsTheNextReport()
    {
        var issue = TextPage.Assemble(
            "桃源街道：老楼加装电梯有了“时间表”",
            "近日，桃源街道公布了辖区老楼加装电梯计划，年内将完成二十部。",
            "青石：引导居民",
            "把垃圾分类落到实处",
            "6月6日，青石镇组织志愿者走进小区，手把手教居民分类投放。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Contains("把垃圾分类落到实处", new[] { issue.Articles[1].Headline, issue.Articles[1].Subheadline });
    }

    [Fact]
    public void Assemble_SecondPlaceInARoundUpOfPlaces_StaysASection()
    {
        var issue = TextPage.Assemble(
            "各地多措并举保供稳价",
            "本报记者 孙悦",
            "春节临近，各地多措并举，保障节日市场供应。",
            "南浔：平价菜直供社区",
            "近日，南浔区在二十个社区设立平价菜直供点。",
            "临安：储备肉投放市场",
            "日前，临安区分三批投放政府储备猪肉。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["南浔：平价菜直供社区", "临安：储备肉投放市场"], article.Subheadings);
    }

    [Theory]
    [InlineData("江城晚报讯 记者 王海 通讯员 李明", "江城晚报讯", "王海")]
    [InlineData("县报讯 记者 周立 实习生 陈可", "县报讯", "周立")]
    public void Match_DatelineOverItsTextWithAnUnbracketedCredit_ReadsTheCredit(string line, string dateline, string reporter)
    {
        var m = DatelineRule.Match(line, PressLexicon.BuiltIn);
        Assert.Equal(dateline, m?.Dateline);
        Assert.Contains(m!.Contributors, c => c.Name == reporter && c.Role == ContributorRole.Reporter);
        Assert.Equal("", m.Rest);
    }

    [Fact]
    public void Match_DatelineWithTheSentenceOnItsLine_KeepsTheSentence()
    {
        var m = DatelineRule.Match("江城晚报讯 记者王海报道：昨天，城南新区首条公交专用道通车。", PressLexicon.BuiltIn);
        Assert.Equal("昨天，城南新区首条公交专用道通车。", m?.Rest);
    }
}
