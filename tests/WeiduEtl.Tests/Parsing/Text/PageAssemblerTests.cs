using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>The article grammar on made-up pages in other papers' styles, from text alone and with layout.</summary>
public sealed class PageAssemblerTests
{
    private static ParsedIssue Assemble(params string[] blocks) => TextPage.Assemble(blocks);

    [Fact]
    public void Assemble_ShortLineBetweenParagraphs_IsASubheadingNotANewArticle()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "今年以来，城北新区新建社区食堂6家、便民超市12家。",
            "织密便民服务网",
            "在城北新区，居民步行十分钟即可买菜、就餐、看病。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["织密便民服务网"], article.Subheadings);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_HeadlineWithByline_StartsANewArticle()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "今年以来，城北新区新建社区食堂6家。",
            "南湖街道：老旧楼院换新颜",
            "本报记者 任重 通讯员 齐亮",
            "南湖街道完成12个老旧楼院改造。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("南湖街道：老旧楼院换新颜", issue.Articles[1].Headline);
        Assert.Equal(["齐亮"], issue.Articles[1].NamesIn(ContributorRole.Correspondent));
    }

    [Fact]
    public void Assemble_CaptionInsideACutSentence_BecomesAPhotoAndTheSentenceRejoins()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "社区食堂每天供应早、中、晚三餐，老年人就餐",
            "<picture>",
            "居民在社区食堂就餐",
            "享受八折优惠。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠。", Assert.Single(article.Paragraphs));
        Assert.Equal("居民在社区食堂就餐", Assert.Single(article.Photos).Caption);
    }

    [Fact]
    public void Assemble_RoundUpColumn_ItemsAreBriefsWithSection()
    {
        var issue = Assemble(
            "简讯",
            "市区新增3处公共停车场",
            "本报讯 10月8日，3处公共停车场投入使用。",
            "南湖区举办秋季招聘会",
            "10月9日，86家企业提供岗位1500余个。",
            "（南宣）");

        Assert.All(issue.Articles, a => Assert.Equal((ArticleKind.Brief, "简讯"), (a.Kind, a.Section)));
        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("南宣", issue.Articles[1].SourceTag);
    }

    [Fact]
    public void Assemble_LineThatFitsNowhere_IsReportedAsUnplaced()
    {
        var issue = Assemble("这是一段没有标题的正文，出现在版面最上方。", "城北新区打造十分钟生活圈", "本报记者 任重", "正文第一段。");

        Assert.Equal(["这是一段没有标题的正文，出现在版面最上方。"], issue.UnplacedLines);
        Assert.Single(issue.Articles);
    }

    [Fact]
    public void Assemble_LongCreditedCaptionAtTheEnd_IsAStandAlonePhotoItem()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "正文第一段。",
            "<picture>",
            "10月9日，市民在南湖公园观赏菊花展，本次展出菊花品种300余个。邵华摄");

        Assert.Equal(2, issue.Articles.Count);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Null(photo.Headline);
        Assert.Equal("邵华", Assert.Single(photo.Photos).Credit);
        Assert.Equal(["邵华"], photo.NamesIn(ContributorRole.Photographer));
    }

    [Fact]
    public void Assemble_PdfBlocksWithSizes_UsesPrintSizeAndUnitesBoxes()
    {
        var blocks = new List<PageBlock>
        {
            new("创新驱动", FontSize: 14, Bbox: new BoundingBox(50, 700, 200, 715)),
            new("制造业投资较快增长", FontSize: 28, Bbox: new BoundingBox(50, 660, 400, 690)),
            new("本报讯（记者 鲍宁）前三季度，全市制造业投资同比增长9.2%，增速高于全部投资。", FontSize: 10, Bbox: new BoundingBox(50, 600, 300, 650)),
            new("新能源装备成为增长主力", FontSize: 12, Bbox: new BoundingBox(50, 580, 300, 595)),
            new("新能源装备制造业投资增长超过三成，拉动作用明显。", FontSize: 10, Bbox: new BoundingBox(50, 500, 300, 575)),
            new("生产线上的工人正在调试设备", FontSize: 9, Bbox: new BoundingBox(320, 500, 450, 510), Hint: BlockHint.Caption),
        };

        var article = Assert.Single(PageAssembler.Assemble(blocks).Articles);

        Assert.Equal(("创新驱动", "制造业投资较快增长"), (article.Kicker, article.Headline));
        Assert.Equal(["新能源装备成为增长主力"], article.Subheadings);
        Assert.Equal(new BoundingBox(50, 500, 450, 715), article.Bbox);
        Assert.Equal(new BoundingBox(320, 500, 450, 510), Assert.Single(article.Photos).Bbox);
    }

    [Fact]
    public void Assemble_DisplayLineAsLargeAsTheHeadline_StartsANewArticle()
    {
        var blocks = new List<PageBlock>
        {
            new("制造业投资较快增长", FontSize: 24),
            new("本报讯 前三季度，全市制造业投资同比增长9.2%。", FontSize: 10),
            new("城乡居民收入稳步提高", FontSize: 24),
            new("前三季度，全市居民人均可支配收入增长6.1%。", FontSize: 10),
        };

        var issue = PageAssembler.Assemble(blocks);

        Assert.Equal(["制造业投资较快增长", "城乡居民收入稳步提高"], issue.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Assemble_BlocksOnTwoPages_KeepsEachItemOnItsPage()
    {
        var blocks = new List<PageBlock>
        {
            new("制造业投资较快增长", 1, 24),
            new("本报讯 前三季度，全市制造业投资同比增长9.2%。", 1, 10),
            new("城乡居民收入稳步提高", 2, 24),
            new("本报讯 前三季度，全市居民人均可支配收入增长6.1%。", 2, 10),
        };

        var issue = PageAssembler.Assemble(blocks);

        Assert.Equal(2, issue.PageCount);
        Assert.Equal([1, 2], issue.Articles.Select(a => a.Page));
    }

    [Fact]
    public void Assemble_LineRunningToTheColumnEdge_RejoinsItsParagraphInsteadOfReadingAHeading()
    {
        var blocks = new List<PageBlock>
        {
            new("制造业投资较快增长", FontSize: 24, Bbox: new BoundingBox(50, 700, 300, 730)),
            new("本报讯 前三季度，全市制造业投资同比增长9.2%。", FontSize: 10, Bbox: new BoundingBox(50, 680, 250, 692)),
            new("为稳住工业基本盘，市里出台了", FontSize: 10, Bbox: new BoundingBox(50, 665, 250, 677)) { RunsOn = true },
            new("一揽子扶持政策，企业投资意愿增强。", FontSize: 10, Bbox: new BoundingBox(50, 650, 250, 662)),
        };

        var article = Assert.Single(PageAssembler.Assemble(blocks).Articles);

        Assert.Empty(article.Subheadings);
        Assert.Equal("为稳住工业基本盘，市里出台了一揽子扶持政策，企业投资意愿增强。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_NewsItemAfterPhotoColumn_EndsTheColumn()
    {
        var issue = Assemble(
            "图片新闻",
            "10月9日，市民在南湖公园观赏菊花展，本次展出菊花品种300余个。邵华摄",
            "城乡居民收入稳步提高",
            "本报讯 前三季度，全市居民人均可支配收入增长6.1%。");

        Assert.Equal([ArticleKind.Photo, ArticleKind.Article], issue.Articles.Select(a => a.Kind));
        Assert.Null(issue.Articles[1].Section);
    }

    [Fact]
    public void Assemble_IndentedParagraphAfterAnUnfinishedOne_IsNotGluedToIt()
    {
        var blocks = new List<PageBlock>
        {
            new("城北新区打造十分钟生活圈"),
            new("本报记者 任重"),
            new("一、主要做法") { Indented = true },
            new("过去一年，城北新区新建社区食堂6家。") { Indented = true },
        };

        var article = Assert.Single(PageAssembler.Assemble(blocks).Articles);

        Assert.Equal(["一、主要做法"], article.Subheadings);
        Assert.Equal(["过去一年，城北新区新建社区食堂6家。"], article.Paragraphs);
    }

    [Fact]
    public void Assemble_GenreLabelledHeadlineUnderAnArticle_StartsANewItem()
    {
        var issue = Assemble(
            "政府工作报告提请审议",
            "本报记者 吴秋余",
            "十四届全国人大二次会议5日上午开幕。",
            "短评：凝聚奋进新征程的强大力量",
            "春天是播种的季节，也是奋斗的季节。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_SmallerHeadlineUnderALeadStory_StillStartsANewArticle()
    {
        var blocks = new List<PageBlock>
        {
            new("制造业投资较快增长", FontSize: 30, Hint: BlockHint.Display),
            new("本报讯 前三季度，全市制造业投资同比增长9.2%。", FontSize: 10),
            new("新能源装备成为增长主力", FontSize: 12),
            new("新能源装备制造业投资增长超过三成。", FontSize: 10),
            new("城乡居民收入稳步提高", FontSize: 18, Hint: BlockHint.Display),
            new("前三季度，全市居民人均可支配收入增长6.1%。", FontSize: 10),
        };

        var issue = PageAssembler.Assemble(blocks);

        Assert.Equal(["制造业投资较快增长", "城乡居民收入稳步提高"], issue.Articles.Select(a => a.Headline));
        Assert.Equal(["新能源装备成为增长主力"], issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_HeadlineWithNothingAfterIt_IsReportedAsUnplaced()
    {
        var issue = Assemble("城北新区打造十分钟生活圈", "本报记者 任重", "正文第一段。", "（南宣）", "下期预告：老街焕新颜");

        Assert.Equal(["下期预告：老街焕新颜"], issue.UnplacedLines);
    }

    [Theory]
    [InlineData("全年完成投资1.2亿元。")]
    [InlineData("全年完成投资1.2亿元，带动周边300余户农户增收，")]
    public void Assemble_JumpLineOnItsOwnLine_IsAJumpNotASourceTag(string lastParagraph)
    {
        var issue = Assemble("河西镇建成冷链物流园", "本报讯（通讯员 方舟）", "冷链物流园占地80亩。", lastParagraph, "（下转第4版）");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.SourceTag);
        Assert.Equal(lastParagraph, article.Paragraphs[^1]);
        Assert.Contains(issue.Warnings, w => w.StartsWith("item continues on another page", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_BodyLineRunningToTheColumnEdge_IsTextNotAHeading()
    {
        // A paragraph's first line left at the foot of a column, after a numbered subheading; its sentence goes on
        // at the top of the next column.
        var blocks = new List<PageBlock>
        {
            new("港口吞吐量创新高", FontSize: 24, Hint: BlockHint.Display),
            new("本报讯 今年前10个月，港口货物吞吐量同比增长7%。", FontSize: 10),
            new("二、航线网络持续加密", FontSize: 10),
            new("新开通外贸航线5条，集装箱", FontSize: 10) { RunsOn = true },
            new("航线总数达到62条。", FontSize: 10),
        };

        var article = Assert.Single(PageAssembler.Assemble(blocks).Articles);

        Assert.Equal(["二、航线网络持续加密"], article.Subheadings);
        Assert.Equal("新开通外贸航线5条，集装箱航线总数达到62条。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_TextAfterAJumpLine_IsNotJoinedToTheJumpedArticle()
    {
        var issue = Assemble(
            "河西镇建成冷链物流园", "本报讯（通讯员 方舟）冷链物流园占地80亩。", "全年完成投资1.2亿元，带动周边300余户农户增收，",
            "（下转第4版）", "截至目前，全区已有27个村建成益农信息社。");

        Assert.DoesNotContain(issue.Articles[0].Paragraphs, p => p.Contains("益农", StringComparison.Ordinal));
        Assert.Contains("截至目前，全区已有27个村建成益农信息社。", issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_ContinuedFromMarkOnItsOwnLine_LeavesTheContinuationUnplaced()
    {
        var issue = Assemble("河西镇建成冷链物流园", "本报讯（通讯员 方舟）冷链物流园占地80亩。", "（上接第1版）", "截至目前，全区已有27个村建成益农信息社。");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.SourceTag);
        Assert.Equal(["冷链物流园占地80亩。"], article.Paragraphs);
        Assert.Equal(["（上接第1版）", "截至目前，全区已有27个村建成益农信息社。"], issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_CommentaryUnderANamelessByline_HasNoSubheadlineAndNoReporter()
    {
        var issue = Assemble("以实干赢得发展主动", "本报评论员", "项目是经济发展的生命线。", "（东岭日报）");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Subheadline);
        Assert.Empty(article.Contributors);
        Assert.Equal(["项目是经济发展的生命线。"], article.Paragraphs);
    }

    [Fact]
    public void Assemble_BriefTitleRunIntoItsDateline_IsTheBriefsHeadline()
    {
        var issue = Assemble(
            "● 街道速递",
            "老年食堂扩容开餐本报讯 11月30日，南门街道第二家老年食堂开餐，可同时容纳60人就餐。",
            "■夜间门诊延时服务本报12月1日讯 区人民医院儿科夜间门诊延长至晚上10点。");

        Assert.Equal(["老年食堂扩容开餐", "夜间门诊延时服务"], issue.Articles.Select(a => a.Headline));
        Assert.Equal(["本报讯", "本报12月1日讯"], issue.Articles.Select(a => a.Dateline));
        Assert.All(issue.Articles, a => Assert.Equal(ArticleKind.Brief, a.Kind));
        Assert.Equal("11月30日，南门街道第二家老年食堂开餐，可同时容纳60人就餐。", Assert.Single(issue.Articles[0].Paragraphs));
    }

    [Fact]
    public void Assemble_HeadlineWellAboveTheBriefTitles_StartsAnArticleAfterTheColumn()
    {
        var blocks = new List<PageBlock>
        {
            new("● 乡镇快讯", FontSize: 14, Hint: BlockHint.Display),
            new("■ 石桥镇完成秋播", FontSize: 10),
            new("全镇秋播小麦3.2万亩，较去年增加800亩。", FontSize: 9),
            new("■ 柳河村建成光伏电站", FontSize: 10),
            new("电站装机容量200千瓦，年发电量约24万千瓦时。", FontSize: 9),
            new("县城新增两条公交线路", FontSize: 16, Hint: BlockHint.Display),
            new("12月1日起，县城新开通的两条公交线路正式运营，串联起沿线12个小区。", FontSize: 9),
        };

        var issue = PageAssembler.Assemble(blocks);

        Assert.Equal([ArticleKind.Brief, ArticleKind.Brief, ArticleKind.Article], issue.Articles.Select(a => a.Kind));
        Assert.Null(issue.Articles[2].Section);
        Assert.Equal("县城新增两条公交线路", issue.Articles[2].Headline);
    }
}
