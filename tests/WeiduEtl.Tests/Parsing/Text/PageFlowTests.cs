using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A document of several pages (a district newsletter's PDF, a page too long for one sheet) flows on: text at the top
/// of a page before any headline is the rest of an article the page before left open. Made-up pages in the styles of a
/// district newsletter and a city daily.
/// </summary>
public sealed class PageFlowTests
{
    private static PageBlock Line(string text, double size, int page) => new(text, page, FontSize: size);

    [Fact]
    public void Assemble_TextAtTheTopOfTheNextPage_ContinuesTheArticleLeftOpen()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会，部署今冬明春改造任务。", 10, 1),
            Line("会议要求，各社区要逐楼逐户征求意见，把居民最关心的问题列在前头。", 10, 2),
            Line("会上，5个社区分别汇报了改造进度。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(1, article.Page);
    }

    [Fact]
    public void Assemble_ArticleCutMidSentence_IsTheOneContinuedNotTheBoxAfterIt()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("城市书房延长开放时间", 18, 1),
            Line("本报讯 从本月起，全市28家城市书房开放时间延长至晚上10点，方便", 10, 1),
            Line("简讯", 12, 1),
            Line("■ 市图书馆新增少儿绘本3000册。", 10, 1),
            Line("上班族下班后阅读。", 10, 2),
            Line("据统计，城市书房全年接待读者超过120万人次。", 10, 2),
        ]);

        var article = issue.Articles[0];
        Assert.Equal("城市书房延长开放时间", article.Headline);
        Assert.EndsWith("方便上班族下班后阅读。", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(ArticleKind.Brief, issue.Articles[1].Kind);
        Assert.Single(issue.Articles[1].Paragraphs);
    }

    [Fact]
    public void Assemble_ArticleClosedByItsCredit_IsNotContinuedByTheNextPage()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会。", 10, 1),
            Line("（记者 何平）", 10, 1),
            Line("会上，5个社区分别汇报了改造进度。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Single(article.Paragraphs);
        Assert.Contains("会上，5个社区分别汇报了改造进度。", issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_JumpLineAtThePageTop_SaysTheTextCameFromElsewhere()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会。", 10, 1),
            Line("（上接第一版）会议要求，各社区要逐楼逐户征求意见。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Single(article.Paragraphs);
    }

    private static string[] HeaderLines(ParsedArticle a) => new[] { a.Kicker, a.Headline, a.Subheadline }.OfType<string>().ToArray();

    private static PageBlock Placed(string text, double size, int page, double x0, double y0, double x1, double y1) =>
        new(text, page, FontSize: size, Bbox: new BoundingBox(x0, y0, x1, y1));

    /// <summary>A line a PDF page sets in display type, as its layout marks it.</summary>
    private static PageBlock PlacedDisplay(string text, double size, int page, double x0, double y0, double x1, double y1) =>
        Placed(text, size, page, x0, y0, x1, y1) with { Hint = BlockHint.Display };

    [Fact]
    public void Assemble_TwoArticlesRunningOnSideBySide_EachContinuesInItsOwnColumns()
    {
        // A city daily's A3 page: a two-column article at the left foot and a three-column one at the right, both
        // running on to the next sheet, where each goes on in the columns it stood in.
        var issue = PageAssembler.Assemble(
        [
            Placed("河道清淤工程完工", 18, 1, 20, 300, 280, 320),
            Placed("本报讯 记者从市水利局获悉，城区3条河道清淤工程日前完工。", 10, 1, 20, 100, 280, 290),
            Placed("冬季供暖平稳运行", 18, 1, 300, 300, 820, 320),
            Placed("本报讯 入冬以来，全市集中供暖面积达4200万平方米，运行平稳。", 10, 1, 300, 100, 820, 290),
            Placed("清淤共清出淤泥8万立方米，河道行洪能力明显提升。", 10, 2, 20, 900, 280, 1100),
            Placed("供热部门开通24小时热线，受理群众诉求。", 10, 2, 300, 1000, 820, 1100),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["记者从市水利局获悉，城区3条河道清淤工程日前完工。", "清淤共清出淤泥8万立方米，河道行洪能力明显提升。"], issue.Articles[0].Paragraphs);
        Assert.Equal("供热部门开通24小时热线，受理群众诉求。", issue.Articles[1].Paragraphs[^1]);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_ArticleWithAnotherUnderIt_DoesNotRunOnToTheNextPage()
    {
        // A district newsletter: a short item over a longer one in the same column; only the lower one reaches the
        // foot of the page, so the text on the next sheet is its, though it also stands under the upper one.
        var issue = PageAssembler.Assemble(
        [
            Placed("社区开展义诊活动", 16, 1, 20, 700, 280, 720),
            Placed("本报讯 12月5日，东大街道社区卫生服务中心走进小区开展义诊。", 10, 1, 20, 600, 280, 690),
            Placed("老旧小区加装电梯", 16, 1, 20, 500, 280, 520),
            Placed("本报讯 今年以来，全区老旧小区加装电梯46部，惠及居民2100户。", 10, 1, 20, 100, 280, 490),
            Placed("城建档案馆启用", 16, 1, 300, 500, 560, 520),
            Placed("本报讯 区城建档案馆新馆日前启用，馆藏档案12万卷。", 10, 1, 300, 100, 560, 490),
            Placed("下一步，全区将再启动30部电梯的加装工作。", 10, 2, 20, 900, 280, 1100),
        ]);

        Assert.Single(issue.Articles[0].Paragraphs);
        Assert.Equal("下一步，全区将再启动30部电梯的加装工作。", issue.Articles[1].Paragraphs[^1]);
        Assert.Single(issue.Articles[2].Paragraphs);
    }

    [Fact]
    public void Assemble_PictureStoryClosedByItsCreditAfterAnOpenArticle_LeavesTheNextPageToTheArticle()
    {
        // A city daily's opinion page: a commentary whose paragraph ends above a picture story boxed under it and closed
        // by its credit; the text at the top of the next sheet is the commentary's, not lost.
        var issue = PageAssembler.Assemble(
        [
            Placed("让老街留住烟火气（城市观察）", 18, 1, 20, 700, 280, 720),
            Placed("老街改造，改的是路面管线，留的是街坊邻里的生活气息。", 10, 1, 20, 400, 280, 690),
            Placed("图说", 14, 1, 20, 360, 280, 380),
            Placed("清晨的菜市场里，摊主们早早摆出新鲜蔬菜。", 10, 1, 20, 120, 280, 350),
            Placed("王  芳摄", 9, 1, 20, 100, 280, 115),
            Placed("改造不是推倒重来，而要尊重居民的生活习惯。", 10, 2, 20, 900, 280, 1100),
            Placed("（作者为市规划研究院高级工程师）", 10, 2, 20, 880, 280, 895),
        ]);

        Assert.Equal("让老街留住烟火气（城市观察）", issue.Articles[0].Headline);
        Assert.Equal("改造不是推倒重来，而要尊重居民的生活习惯。", issue.Articles[0].Paragraphs[1]);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_SubheadingAtTheTopOfTheNextPage_StaysInTheArticleThatRanOn()
    {
        // A portrait feature runs on to the next sheet, which opens with one of its bold body-size 小标题.
        var issue = PageAssembler.Assemble(
        [
            Placed("种子专家的四十年", 18, 1, 20, 700, 280, 720),
            Placed("本报记者 林  海", 10, 1, 20, 680, 280, 695),
            Placed("他把一生交给了田野，四十年只做一件事：选育好种子。", 10, 1, 20, 100, 280, 670),
            Placed("从零开始建种质库", 10, 2, 20, 1080, 280, 1095),
            Placed("上世纪八十年代，研究所里连一台冰柜都没有。", 10, 2, 20, 900, 280, 1070),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["从零开始建种质库"], article.Subheadings);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_TagOverPhraseInBoldTypeAtTheTopOfTheNextPage_StaysInTheArticleItStandsUnder()
    {
        // A national daily: two articles run on side by side; the next sheet opens, in the right one's columns, with
        // one of its 小标题 set bold a size above the text (a tag over its phrase), far below its 18 pt headline.
        var issue = PageAssembler.Assemble(
        [
            Placed("河道清淤工程完工", 18, 1, 20, 300, 280, 320),
            Placed("本报讯 记者从市水利局获悉，城区3条河道清淤工程日前完工。", 10, 1, 20, 100, 280, 290),
            Placed("冬季供暖平稳运行", 18, 1, 300, 300, 820, 320),
            Placed("本报讯 入冬以来，全市集中供暖面积达4200万平方米，运行平稳。", 10, 1, 300, 100, 820, 290),
            PlacedDisplay("兜住民生底线", 12, 2, 300, 1085, 400, 1100),
            PlacedDisplay("困难家庭供暖费全额减免", 12, 2, 300, 1065, 560, 1080),
            Placed("今年全市为1.2万户困难家庭减免供暖费。", 10, 2, 300, 1000, 820, 1060),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["兜住民生底线", "困难家庭供暖费全额减免"], issue.Articles[1].Subheadings);
        Assert.Equal("今年全市为1.2万户困难家庭减免供暖费。", issue.Articles[1].Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_LeadInSubheadingAtTheTopOfTheNextPage_StaysInTheArticleThatRanOn()
    {
        // A district newsletter: two features run on side by side; the next sheet opens, in the left one's column,
        // with its bold lead-in over a short quoted line.
        var issue = PageAssembler.Assemble(
        [
            Placed("老旧小区改造跑出加速度", 22, 1, 20, 700, 280, 720),
            Placed("本报讯 今年以来，区住建局把老旧小区改造作为民生实事来抓。", 10, 1, 20, 100, 280, 690),
            Placed("冬季供暖平稳运行", 22, 1, 300, 700, 820, 720),
            Placed("本报讯 入冬以来，全区集中供暖运行平稳，未发生大面积停暖。", 10, 1, 300, 100, 820, 690),
            PlacedDisplay("居民们说——", 12, 2, 20, 1085, 200, 1100),
            Placed("“电梯装好了，出门方便多了”", 10, 2, 20, 1065, 280, 1080),
            Placed("住在6楼的王大爷今年78岁，过去一个月难得下一次楼。", 10, 2, 20, 1000, 280, 1060),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Contains("居民们说——", issue.Articles[0].Subheadings);
        Assert.Equal("住在6楼的王大爷今年78岁，过去一个月难得下一次楼。", issue.Articles[0].Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_LoneDisplayLineAtTheTopOfTheNextPage_IsASubheadingOfTheArticleThatRanOn()
    {
        // A national daily's feature runs on to the next sheet, which opens with a one-word 小标题 set bold a little
        // above the 9 pt text: no lead-in dash, no tag over a phrase, far below the 20 pt headline.
        var issue = PageAssembler.Assemble(
        [
            Placed("高原上的流动课堂", 20, 1, 20, 700, 560, 724),
            Placed("本报记者 周  岩", 9, 1, 20, 680, 280, 692),
            Placed("雪线以下的牧区，孩子们的课桌是一辆改装过的大巴车。", 9, 1, 20, 100, 560, 670),
            PlacedDisplay("出发", 10.5, 2, 20, 1085, 80, 1097),
            Placed("每周一清晨，车从县城开出，沿着河谷走上三个小时。", 9, 2, 20, 1000, 280, 1080),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["出发"], article.Subheadings);
        Assert.Equal("每周一清晨，车从县城开出，沿着河谷走上三个小时。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_LoneDisplayLineInDistrictPageStyle_StaysInTheArticleThatRanOn()
    {
        // A district newsletter's report runs on; the next sheet opens with its bold 小标题 one size above the text.
        var issue = PageAssembler.Assemble(
        [
            Placed("背街小巷改造惠及万余户", 22, 1, 20, 700, 560, 726),
            Placed("本报讯 今年，区城管局对辖区32条背街小巷实施改造，惠及居民1.2万户。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("回头看", 11.5, 2, 20, 1085, 90, 1099),
            Placed("改造完成后，街道组织居民代表逐条验收，发现问题当场交办。", 10, 2, 20, 1000, 560, 1080),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["回头看"], article.Subheadings);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_LoneDisplayLineAtTheNextTop_AfterAnItemClosedByItsCredit_StartsAnItemOfItsOwn()
    {
        // A national daily's readers' page: a comment left open higher up, then a report closed by its credit at the
        // sheet's foot; the next sheet opens with a small notice title, which is no 小标题 of the comment.
        var issue = PageAssembler.Assemble(
        [
            Placed("外卖包装应减量", 20, 1, 20, 700, 560, 724),
            Placed("点一份外卖，塑料盒、塑料袋、一次性餐具少说也有五六件，减量势在必行。", 9, 1, 20, 400, 560, 690),
            Placed("路灯亮了", 20, 1, 20, 360, 560, 384),
            Placed("读者反映的小区路灯不亮问题，经物业维修已经解决。", 9, 1, 20, 200, 560, 350),
            Placed("（记者 吴  兵）", 9, 1, 20, 180, 560, 192),
            PlacedDisplay("征稿", 10.5, 2, 20, 1085, 60, 1097),
            Placed("本版征集读者身边的好人好事，来稿请注明联系方式。", 9, 2, 20, 1000, 560, 1080),
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal("征稿", issue.Articles[2].Headline);
    }

    [Fact]
    public void Assemble_LoneDisplayLineUnderARuleAtTheTopOfTheNextPage_StartsAStoryOfItsOwn()
    {
        // The same sheet top, but the line stands right under a rule: the page rules off its stories, so it heads one.
        var issue = PageAssembler.Assemble(
        [
            Placed("背街小巷改造惠及万余户", 22, 1, 20, 700, 560, 726),
            Placed("本报讯 今年，区城管局对辖区32条背街小巷实施改造，惠及居民1.2万户。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("社区食堂开张", 11.5, 2, 20, 1085, 200, 1099) with { UnderRule = true },
            Placed("12月1日，东大街道首家社区食堂开张，老人就餐享受八折优惠。", 10, 2, 20, 1000, 560, 1080),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("社区食堂开张", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_HeadlineAtThePageFootAndItsSubheadlineAtTheNextTop_AreOneHead()
    {
        // A national daily: a one-column story's 15-pt headline is the last thing in the sheet's first column, beside a
        // picture story's head and text; its 12.5-pt second line, dateline and text open the next sheet in that column.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("部长在边疆调研时强调", 15, 1, 20, 60, 180, 110),
            PlacedDisplay("古镇老街焕新颜", 21, 1, 200, 90, 560, 112),
            Placed("修缮后的老街保留了青石板路和木结构店铺，吸引不少游客前来。", 9, 1, 200, 40, 380, 80),
            PlacedDisplay("守护好万家团圆的安宁", 12.5, 2, 20, 1120, 180, 1150),
            Placed("本报北京1月10日电 （记者 高远）近日，有关部门负责人在边疆地区调研。", 9, 2, 20, 1000, 180, 1100),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["部长在边疆调研时强调", "守护好万家团圆的安宁"], HeaderLines(issue.Articles[0]));
        Assert.NotNull(issue.Articles[0].Dateline);
    }

    [Fact]
    public void Assemble_RoundUpTitleAtThePageFootAndItsFirstPiecesHeadOverleaf_AreOneHead()
    {
        // A national daily: a round-up's title (代表建议摘登) is the last thing in the sheet's first columns beside another
        // story; overleaf its first piece's title and its proposer, two lines in subheading type, stand over the text.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("代表建议摘登", 21, 1, 20, 60, 400, 82) with { UnderRule = true },
            PlacedDisplay("古镇老街焕新颜", 21, 1, 420, 60, 800, 82) with { UnderRule = true },
            Placed("修缮后的老街保留了青石板路和木结构店铺，吸引不少游客前来。", 9, 1, 420, 20, 800, 50),
            Placed("让社区食堂开得更久", 9.5, 2, 20, 1110, 400, 1120),
            Placed("建议人：全国人大代表王明", 10.5, 2, 20, 1090, 400, 1102),
            Placed("建议：把社区食堂纳入民生实事，给予场地和水电支持。", 9, 2, 20, 1000, 400, 1080),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["代表建议摘登", "让社区食堂开得更久建议人：全国人大代表王明"], HeaderLines(issue.Articles[0]));
        Assert.StartsWith("建议：把社区食堂", Assert.Single(issue.Articles[0].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TitleAtThePageFootAndTwoSmallerLinesOverleaf_InDistrictPageStyle_AreOneHead()
    {
        // A district newsletter: 居民心声 ends the sheet beside a title; overleaf the first letter's title and its writer.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("居民心声", 20, 1, 20, 60, 280, 80) with { UnderRule = true },
            PlacedDisplay("五一路夜市开张", 20, 1, 300, 60, 560, 80) with { UnderRule = true },
            Placed("本报讯 五一路夜市日前开张，六十余个摊位错落有致。", 10, 1, 300, 20, 560, 50),
            Placed("楼道灯亮了", 11, 2, 20, 1090, 280, 1102),
            Placed("来信人：东大街道居民王秀英", 11, 2, 20, 1075, 280, 1087),
            Placed("我家楼道的灯坏了半年，网格员上门一天就修好了。", 10, 2, 20, 1000, 280, 1070),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["居民心声", "楼道灯亮了来信人：东大街道居民王秀英"], HeaderLines(issue.Articles[0]));
        Assert.StartsWith("我家楼道的灯", Assert.Single(issue.Articles[0].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TitleAtThePageFootAndItsSecondLineAtTheNextTop_InDistrictPageStyle_AreOneHead()
    {
        // A district newsletter: a title at the foot of the first column beside a report running on in the others.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("西关街道", 16, 1, 20, 80, 200, 110),
            PlacedDisplay("背街小巷改造惠及万余户", 22, 1, 220, 90, 560, 116),
            Placed("本报讯 今年，区城管局对辖区32条背街小巷实施改造，惠及居民1.2万户。", 10, 1, 220, 40, 560, 80),
            PlacedDisplay("“红色物业”进小区", 12, 2, 20, 1120, 200, 1140),
            Placed("本报讯 西关街道在12个无物业小区推行“红色物业”，由社区党组织牵头。", 10, 2, 20, 1000, 200, 1100),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["西关街道", "“红色物业”进小区"], HeaderLines(issue.Articles[0]));
        Assert.Single(issue.Articles[0].Paragraphs);
    }

    [Fact]
    public void Assemble_HeadlinesBrokenOverTheSheetSideBySide_EachIsFinishedInItsColumnsOverleaf()
    {
        // A national daily: two heads at the sheet's foot side by side; the left one's long headline wraps onto the next
        // sheet, where its last line stands in its columns over its text, the right one's text beside.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("冬训练兵正当时", 22, 1, 20, 700, 800, 722),
            Placed("本报讯 新年伊始，各地部队开展冬季野营训练，锤炼打赢本领。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("“板凳会”拉近干群距离（践行初心使命", 22, 1, 20, 60, 400, 84),
            PlacedDisplay("生态治理见实效", 22, 1, 420, 60, 800, 84),
            PlacedDisplay("·一线调研手记）", 22, 2, 20, 1080, 400, 1104),
            Placed("“有事大家商量着办。”每月十五，村里的板凳会准时开在老槐树下。", 10, 2, 20, 900, 400, 1070),
            Placed("本报讯 去年以来，全市修复湿地两万亩，河湖水质稳步提升。", 10, 2, 420, 900, 800, 1104),
        ]);

        Assert.Equal(["冬训练兵正当时", "“板凳会”拉近干群距离（践行初心使命·一线调研手记）", "生态治理见实效"], issue.Articles.Select(a => a.Headline));
        Assert.StartsWith("“有事大家商量着办。”", Assert.Single(issue.Articles[1].Paragraphs), StringComparison.Ordinal);
        Assert.StartsWith("去年以来", Assert.Single(issue.Articles[2].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TitleBrokenOverTheSheet_InDistrictPageStyle_IsOneTitle()
    {
        // A district newsletter: two titles level at the sheet's foot; the left one's second line, and its subtitle,
        // went overleaf over its text, the right one's text stands beside.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区食堂开到家门口", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 东大街道首家社区食堂日前开业，六十岁以上老人就餐打八折。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("老旧小区改造", 20, 1, 20, 60, 280, 80),
            PlacedDisplay("夜市开张", 20, 1, 300, 60, 560, 80),
            PlacedDisplay("让居民住得更舒心", 20, 2, 20, 1080, 280, 1100),
            PlacedDisplay("——魏都区2025年改造小区48个", 13, 2, 20, 1058, 280, 1072),
            Placed("本报讯 今年以来，区住建局把老旧小区改造作为民生实事来抓。", 10, 2, 20, 900, 280, 1050),
            Placed("本报讯 五一路夜市日前开张，六十余个摊位错落有致。", 10, 2, 300, 900, 560, 1100),
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal(["老旧小区改造让居民住得更舒心", "魏都区2025年改造小区48个"], HeaderLines(issue.Articles[1]));
        Assert.StartsWith("今年以来", Assert.Single(issue.Articles[1].Paragraphs), StringComparison.Ordinal);
        Assert.StartsWith("五一路夜市", Assert.Single(issue.Articles[2].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_HeadAcrossTheSheetFootWithItsLastLineOverleaf_TakesTheTextOverleafFromTheBriefsAboveIt()
    {
        // A national daily's review page: three briefs side by side, then a long review's headline across the whole
        // sheet's foot under its rule; its lead-in line and text open the next sheet. The head still stands under the
        // briefs, so they do not run on: the text overleaf is the review's, in every column.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("多国签署海洋合作备忘录", 16, 1, 20, 300, 280, 316),
            Placed("新华社雅加达1月3日电 多国代表3日在雅加达签署海洋合作备忘录。", 10, 1, 20, 120, 280, 290),
            PlacedDisplay("值守在雪线上", 16, 1, 300, 300, 540, 316),
            Placed("新年第一天，边防官兵在海拔4500米的哨所巡逻。", 10, 1, 300, 100, 540, 290),
            PlacedDisplay("冬捕开网", 16, 1, 560, 300, 800, 316),
            Placed("查干湖冬捕日前开网，首网捕鱼逾十万斤。", 10, 1, 560, 150, 800, 290),
            PlacedDisplay("踏浪前行启新程", 21, 1, 20, 40, 800, 62) with { UnderRule = true },
            PlacedDisplay("——写在新的一年开启之际", 12.5, 2, 20, 1120, 400, 1134),
            Placed("又是一年春来早。过去一年，我们经受住了风险挑战的考验。", 10, 2, 20, 900, 280, 1100),
            Placed("这一年，改革开放迈出新步伐，人民生活持续改善。", 10, 2, 300, 900, 540, 1100),
            Placed("新的征程已经开启，奋斗的脚步永不停歇。", 10, 2, 560, 900, 800, 1100),
        ]);

        Assert.Equal(4, issue.Articles.Count);
        Assert.All(issue.Articles.Take(3), brief => Assert.Single(brief.Paragraphs));
        Assert.Equal(["踏浪前行启新程", "写在新的一年开启之际"], HeaderLines(issue.Articles[3]));
        Assert.Equal(3, issue.Articles[3].Paragraphs.Count);
    }

    [Fact]
    public void Assemble_TitleAcrossTheSheetFootWithItsSubtitleOverleaf_InDistrictPageStyle_TakesTheTextOverleaf()
    {
        // A district newsletter: two notices side by side, then a feature's title across the foot under its rule; its
        // subtitle and text are set overleaf in the notices' columns.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区开展消防演练", 15, 1, 20, 300, 400, 315),
            Placed("本报讯 12月28日，东大街道组织辖区居民开展消防演练，200余人参加。", 10, 1, 20, 120, 400, 290),
            PlacedDisplay("便民服务站启用", 15, 1, 420, 300, 800, 315),
            Placed("本报讯 西关街道便民服务站日前启用，可办理32项事务。", 10, 1, 420, 160, 800, 290),
            PlacedDisplay("老街巷里的新生活", 20, 1, 20, 40, 800, 60) with { UnderRule = true },
            PlacedDisplay("——我区老旧小区改造见闻", 12, 2, 20, 1120, 500, 1134),
            Placed("走进五一路社区，新铺的路面平整干净，楼道里灯光明亮。", 10, 2, 20, 900, 400, 1100),
            Placed("居民张大爷说，改造以后，出门方便多了。", 10, 2, 420, 900, 800, 1100),
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Single(issue.Articles[0].Paragraphs);
        Assert.Single(issue.Articles[1].Paragraphs);
        Assert.Equal(["老街巷里的新生活", "我区老旧小区改造见闻"], HeaderLines(issue.Articles[2]));
        Assert.Equal(2, issue.Articles[2].Paragraphs.Count);
    }

    [Fact]
    public void Assemble_KickerAtTheSheetFootAndItsHeadlineOverleaf_AreOneHead()
    {
        // A national daily's world page: two heads, each under its rule, level at the sheet's foot; the left one's kicker
        // (smaller type) is all of it there, its headline stands at the top of the next sheet in the same columns, over its text.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("中欧班列开行突破一万列", 21, 1, 20, 700, 800, 722),
            Placed("本报讯 今年以来，中欧班列开行数量再创新高，货值同比增长。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("欧盟拟对进口钢材加征关税", 14, 1, 20, 68, 400, 82) with { UnderRule = true },
            PlacedDisplay("南美多国遭遇持续高温", 21, 1, 420, 60, 800, 82) with { UnderRule = true },
            PlacedDisplay("可能进一步加剧全球贸易紧张", 21, 2, 20, 1080, 400, 1102),
            Placed("本报布鲁塞尔1月5日电 欧盟委员会5日提出对进口钢材加征关税的方案。", 10, 2, 20, 900, 400, 1070),
            Placed("新华社圣地亚哥1月5日电 南美多国近日遭遇持续高温天气。", 10, 2, 420, 900, 800, 1102),
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal(["欧盟拟对进口钢材加征关税", "可能进一步加剧全球贸易紧张"], HeaderLines(issue.Articles[1]));
        Assert.Equal("欧盟拟对进口钢材加征关税", issue.Articles[1].Kicker);
        Assert.Equal("南美多国遭遇持续高温", issue.Articles[2].Headline);
    }

    [Fact]
    public void Assemble_KickerAtTheSheetFootAndItsTitleOverleaf_InDistrictPageStyle_AreOneHead()
    {
        // A district newsletter: two heads under their rules level at the sheet's foot; the left one's kicker naming the
        // street office ended the sheet, its title and subtitle went overleaf, the right one's text stands beside.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区食堂开到家门口", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 东大街道首家社区食堂日前开业，六十岁以上老人就餐打八折。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("西关街道", 13, 1, 20, 67, 280, 80) with { UnderRule = true },
            PlacedDisplay("夜市开张", 20, 1, 300, 60, 560, 80) with { UnderRule = true },
            PlacedDisplay("“红色物业”进小区", 20, 2, 20, 1080, 280, 1100),
            PlacedDisplay("——物业服务纳入网格管理", 12, 2, 20, 1060, 280, 1072),
            Placed("本报讯 今年以来，西关街道把物业服务纳入网格管理。", 10, 2, 20, 900, 280, 1050),
            Placed("本报讯 五一路夜市日前开张，六十余个摊位错落有致。", 10, 2, 300, 900, 560, 1100),
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal(["西关街道", "“红色物业”进小区", "物业服务纳入网格管理"], HeaderLines(issue.Articles[1]));
        Assert.StartsWith("今年以来", Assert.Single(issue.Articles[1].Paragraphs), StringComparison.Ordinal);
        Assert.StartsWith("五一路夜市", Assert.Single(issue.Articles[2].Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_ItemEndedInItsColumnsOverleaf_LeavesTheHeaderBesideRunningOn()
    {
        // A national daily: a round-up and a report's header level at the sheet's foot. Overleaf, the round-up's first
        // part ends with its credit and a new part's head follows in the same columns; the report's dateline and text
        // stand in its own columns beside and are still its.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("冬训练兵正当时", 21, 1, 20, 700, 800, 722),
            Placed("本报讯 新年伊始，各地部队开展冬季野营训练，锤炼打赢本领。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("代表建议摘登", 21, 1, 20, 60, 400, 82),
            PlacedDisplay("最高法：欠薪案件有案必立", 15, 1, 420, 60, 800, 76),
            Placed("让社区食堂开得更久", 10.5, 2, 20, 1090, 400, 1102),
            Placed("建议：把社区食堂纳入民生实事，给予场地和水电支持。", 10, 2, 20, 1000, 400, 1080),
            Placed("（李明整理）", 10, 2, 20, 980, 400, 990),
            Placed("让家门口就医更方便", 10.5, 2, 20, 960, 400, 972),
            Placed("建议：推动家庭医生签约服务进小区。", 10, 2, 20, 900, 400, 950),
            Placed("本报北京1月5日电 （记者王强）最高人民法院日前下发通知，要求欠薪案件有案必立。", 10, 2, 420, 1000, 800, 1102),
        ]);

        var report = Assert.Single(issue.Articles, a => a.Headline == "最高法：欠薪案件有案必立");
        Assert.Equal("本报北京1月5日电", report.Dateline);
        Assert.StartsWith("最高人民法院日前下发通知", Assert.Single(report.Paragraphs), StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Articles, a => a.Headline is null);
    }

    [Fact]
    public void Assemble_ItemEndedInItsColumnsOverleaf_InDistrictPageStyle_LeavesTheTitleBesideRunningOn()
    {
        // A district newsletter: 居民心声 (residents' letters, each signed) and a title level at the sheet's foot.
        // Overleaf the first letter ends with its signature and the next letter's title follows in the same columns;
        // the title's text stands beside and is still its.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区食堂开到家门口", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 东大街道首家社区食堂日前开业，六十岁以上老人就餐打八折。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("居民心声", 20, 1, 20, 60, 280, 80),
            PlacedDisplay("五一路夜市开张", 15, 1, 300, 64, 560, 80),
            Placed("楼道灯亮了", 10.5, 2, 20, 1090, 280, 1102),
            Placed("我家楼道的灯坏了半年，网格员上门一天就修好了。", 10, 2, 20, 1000, 280, 1080),
            Placed("（居民 王秀英）", 10, 2, 20, 980, 280, 990),
            Placed("小区停车不再难", 10.5, 2, 20, 960, 280, 972),
            Placed("小区划了新车位，晚上回家再也不用转圈找地方。", 10, 2, 20, 900, 280, 950),
            Placed("本报讯（记者 李华）五一路夜市日前开张，六十余个摊位错落有致。", 10, 2, 300, 1000, 560, 1102),
        ]);

        var market = Assert.Single(issue.Articles, a => a.Headline == "五一路夜市开张");
        Assert.StartsWith("五一路夜市日前开张", Assert.Single(market.Paragraphs), StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Articles, a => a.Headline is null);
    }

    [Fact]
    public void Assemble_ShortColumnTitleUnderItsRuleBesideAHead_AreTwoHeads()
    {
        // A national daily: 来论 (a commentary column's title) and a report's headline, each under its own rule, level at
        // the sheet's foot; overleaf the commentary's title and text in its columns, the report's dateline beside.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("冬训练兵正当时", 21, 1, 20, 700, 800, 722),
            Placed("本报讯 新年伊始，各地部队开展冬季野营训练，锤炼打赢本领。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("来论", 21, 1, 20, 60, 400, 82) with { UnderRule = true },
            PlacedDisplay("多地将困境儿童纳入保障", 21, 1, 420, 60, 800, 82) with { UnderRule = true },
            Placed("本报福州1月5日电 （记者李明）近日，多地出台办法，将困境儿童纳入保障范围。", 10, 1, 420, 20, 800, 50),
            Placed("办好民生关键小事", 10.5, 2, 20, 1090, 400, 1102),
            Placed("民生无小事，枝叶总关情。把群众的关键小事办好，才能赢得民心。", 10, 2, 20, 1000, 400, 1080),
        ]);

        Assert.Equal(["冬训练兵正当时", "来论", "多地将困境儿童纳入保障"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("本报福州1月5日电", issue.Articles[2].Dateline);
    }

    [Fact]
    public void Assemble_ShortColumnTitleUnderItsRuleBesideATitle_InDistrictPageStyle_AreTwoHeads()
    {
        // A district newsletter: 短评 and a title level at the sheet's foot, each under its rule.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区食堂开到家门口", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 东大街道首家社区食堂日前开业，六十岁以上老人就餐打八折。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("短评", 20, 1, 20, 60, 280, 80) with { UnderRule = true },
            PlacedDisplay("五一路夜市开张", 20, 1, 300, 60, 560, 80) with { UnderRule = true },
            Placed("本报讯（记者 李华）五一路夜市日前开张，六十余个摊位错落有致。", 10, 1, 300, 20, 560, 50),
            Placed("让烟火气更有序", 11, 2, 20, 1090, 280, 1102),
            Placed("夜市开张，既要热闹，也要规矩，城管和商户一起守护好这份烟火气。", 10, 2, 20, 1000, 280, 1080),
        ]);

        Assert.Equal(["社区食堂开到家门口", "短评", "五一路夜市开张"], issue.Articles.Select(a => a.Headline));
        Assert.StartsWith("五一路夜市日前开张", Assert.Single(issue.Articles[2].Paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    // A national daily's commentary column and a district page's 短评, each title at a sheet's foot beside another head;
    // overleaf the piece's title and its writer's name alone over the text.
    [InlineData("来论", "办好民生关键小事", "何 娟", "民生无小事，枝叶总关情。把群众的关键小事办好，才能赢得民心。")]
    [InlineData("短评", "让烟火气更有序", "李卫东", "夜市开张，既要热闹，也要规矩，城管和商户一起守护好这份烟火气。")]
    public void Assemble_ColumnTitleAtTheFootWithTitleAndWriterOverleaf_TheWriterIsNoHeadLine(string column, string title, string writer, string text)
    {
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay(column, 21, 1, 20, 60, 400, 82) with { UnderRule = true },
            PlacedDisplay("多地将困境儿童纳入保障", 21, 1, 420, 60, 800, 82) with { UnderRule = true },
            Placed("本报福州1月5日电 （记者李明）近日，多地出台办法，将困境儿童纳入保障范围。", 10, 1, 420, 20, 800, 50),
            Placed(title, 10.5, 2, 20, 1100, 400, 1112),
            Placed(writer, 10.5, 2, 20, 1085, 400, 1097),
            Placed(text, 10, 2, 20, 1000, 400, 1080),
        ]);

        var piece = issue.Articles[0];
        Assert.Equal([column, title], HeaderLines(piece));
        Assert.Contains(text, piece.Paragraphs);
    }

    [Fact]
    public void Assemble_KickerAndHeadlineAtTheTopOfTheNextPage_StartANewArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Placed("老旧小区改造跑出加速度", 22, 1, 20, 700, 280, 720),
            Placed("本报讯 今年以来，区住建局把老旧小区改造作为民生实事来抓。", 10, 1, 20, 100, 280, 690),
            PlacedDisplay("社区食堂开到家门口", 12, 2, 20, 1085, 200, 1100),
            PlacedDisplay("老人吃饭不再犯愁", 20, 2, 20, 1060, 280, 1080),
            Placed("本报讯 东大街道首家社区食堂日前开业，六十岁以上老人就餐打八折。", 10, 2, 20, 1000, 280, 1055),
        ]);

        Assert.Equal(["老旧小区改造跑出加速度", "老人吃饭不再犯愁"], issue.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Assemble_HeadersSideBySideAtThePageFoot_EachTakesTheDatelineAndTextInItsColumnsOverleaf()
    {
        // A national daily's world page: two briefs' headlines fell to the foot of the sheet side by side; on the
        // next sheet each one's dateline and text stand in its own column.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("中欧班列开行突破一万列", 18, 1, 20, 700, 280, 720),
            Placed("本报讯 今年以来，中欧班列开行数量再创新高，货值同比增长。", 10, 1, 20, 100, 820, 690),
            PlacedDisplay("两国签署农产品合作协议", 15, 1, 20, 60, 260, 78),
            PlacedDisplay("国际油价小幅回落", 15, 1, 300, 60, 500, 78),
            Placed("新华社开罗1月5日电", 10, 2, 20, 1085, 280, 1100),
            Placed("两国5日签署协议，扩大水果和蔬菜贸易。", 10, 2, 20, 1000, 280, 1080),
            Placed("新华社伦敦1月5日电", 10, 2, 300, 1085, 560, 1100),
            Placed("受库存增加影响，国际油价5日小幅回落。", 10, 2, 300, 1000, 560, 1080),
        ]);

        Assert.Equal(["中欧班列开行突破一万列", "两国签署农产品合作协议", "国际油价小幅回落"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("两国5日签署协议，扩大水果和蔬菜贸易。", Assert.Single(issue.Articles[1].Paragraphs));
        Assert.Equal("受库存增加影响，国际油价5日小幅回落。", Assert.Single(issue.Articles[2].Paragraphs));
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_NameLeadInsSideBySideAtThePageFoot_StayWithTheHeadlinesUnderThem()
    {
        // A city daily's series: two portraits' kickers (a name and a colon) stand level at the foot, each over its
        // headline; a lead-in leads into the line under it, so neither kicker is a header of its own.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("王秀兰：", 14, 1, 20, 90, 100, 104),
            PlacedDisplay("李建国：", 14, 1, 300, 90, 380, 104),
            PlacedDisplay("山村教书三十年", 20, 1, 20, 60, 260, 82),
            PlacedDisplay("守护河道二十载", 20, 1, 300, 60, 540, 82),
            Placed("本报讯 王秀兰在大山里的村小教了三十年书。", 10, 2, 20, 1000, 280, 1100),
            Placed("本报讯 李建国每天沿河巡查，一走就是二十年。", 10, 2, 300, 1000, 560, 1100),
        ]);

        Assert.DoesNotContain(issue.Articles, a => a.Headline is "王秀兰：" or "李建国：");
    }

    [Fact]
    public void Assemble_HeaderAtThePageFootWithItsDatelineOverleaf_IsOneArticle()
    {
        // A provincial daily's series: the header fell to the foot of the sheet, its dated text starts the next one.
        var issue = PageAssembler.Assemble(
        [
            Placed("全省高速公路新增通车里程创新高", 18, 1, 20, 700, 280, 720),
            Placed("本报讯 今年全省新增高速公路通车里程436公里。", 10, 1, 20, 400, 280, 690),
            Placed("王秀兰：", 12, 1, 20, 130, 280, 145),
            Placed("山村教师的三十年（最美基层人）", 18, 1, 20, 100, 280, 125),
            Placed("本报长沙12月5日电  王秀兰在大山里的村小教了三十年书。", 10, 2, 20, 1050, 280, 1100),
            Placed("她教过的学生里，走出了十几名大学生。", 10, 2, 20, 900, 280, 1040),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        var portrait = issue.Articles[1];
        Assert.Equal("山村教师的三十年（最美基层人）", portrait.Headline);
        Assert.Equal("本报长沙12月5日电", portrait.Dateline);
        Assert.Equal(2, portrait.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_HeaderAtThePageFootWithItsBoxLabelOverleaf_IsOneArticle()
    {
        // A national daily's feature: the head fell to the foot of the sheet; the next opens with its 核心阅读 box, then
        // its text with a 小标题.
        var issue = PageAssembler.Assemble(
        [
            Placed("农村公路通到家门口", 18, 1, 20, 700, 820, 720),
            Placed("本报讯 今年全省新改建农村公路8200公里。", 10, 1, 20, 400, 820, 690),
            PlacedDisplay("西部山区推进“四好农村路”建设——", 14, 1, 20, 150, 820, 165),
            PlacedDisplay("山里的路宽了 乡亲的心亮了", 21, 1, 20, 110, 820, 140),
            PlacedDisplay("核心阅读", 11, 2, 30, 1136, 90, 1148),
            Placed("过去进山要走半天，如今通了硬化路，山货当天就能运出去。", 10, 2, 20, 1030, 210, 1128),
            Placed("路修到哪里", 10.5, 2, 20, 1000, 80, 1012),
            Placed("去年以来，全县新修通组公路300多公里。", 10, 2, 20, 900, 210, 990),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        var feature = issue.Articles[1];
        Assert.Equal("山里的路宽了 乡亲的心亮了", feature.Headline);
        Assert.Equal(["核心阅读", "路修到哪里"], feature.Subheadings);
        Assert.Equal(2, feature.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_TitleAtThePageFootWithItsEditorsNoteBoxOverleaf_InDistrictPageStyle_IsOneArticle()
    {
        // A district page: a title at the foot of the sheet, its 编者按 box and its text on the next.
        var issue = PageAssembler.Assemble(
        [
            Placed("社区食堂开进老旧小区", 16, 1, 20, 500, 280, 520),
            Placed("本报讯 12月起，东大街道3个社区食堂陆续开业。", 10, 1, 20, 200, 280, 490),
            Placed("文明实践在身边", 16, 1, 20, 100, 280, 120),
            Placed("编者按", 11, 2, 20, 1136, 80, 1148),
            Placed("本版今起开设专栏，讲述街巷里的新风尚。", 10, 2, 20, 1080, 280, 1128),
            Placed("清晨6点，志愿者老张已经在小区门口扫雪。", 10, 2, 20, 1000, 280, 1070),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        var column = issue.Articles[1];
        Assert.Equal("文明实践在身边", column.Headline);
        Assert.Equal(2, column.Paragraphs.Count);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_HeaderReadLastOnTheSheet_TakesTheTextOverleafFromALetterSignedWithoutFullStop()
    {
        // A national daily's readers' page: the letters column ends in a reader's place and name (no full stop); the
        // sheet's last head, across the page foot, still waits for its text, which opens the next sheet.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("读者来信", 15, 1, 20, 1070, 210, 1085),
            Placed("共享单车停放要规范", 10.5, 1, 20, 1040, 120, 1051),
            Placed("小区门口的共享单车越停越多，建议物业划定停放区域。", 9.5, 1, 20, 900, 210, 1030),
            Placed("江苏徐州市 张 伟", 10.5, 1, 20, 880, 120, 890),
            Placed("公交站台应加装座椅", 10.5, 1, 20, 860, 120, 871),
            Placed("不少公交站台没有座椅，老人候车很辛苦，希望有关部门尽快加装。", 9.5, 1, 20, 760, 210, 850),
            Placed("山西大同市 刘 芳", 10.5, 1, 20, 740, 120, 750),
            PlacedDisplay("让冰雪运动走进更多校园", 21, 1, 20, 90, 800, 111),
            Placed("今年冬天，全市已有46所中小学开设冰雪运动课程。", 9.5, 2, 20, 1060, 210, 1155),
            Placed("记者走访发现，学校普遍缺少专业教练。", 9.5, 2, 20, 1000, 210, 1055),
        ]);

        var story = issue.Articles.Single(a => a.Headline == "让冰雪运动走进更多校园");
        Assert.Equal(2, story.Paragraphs.Count);
        Assert.EndsWith("刘 芳", issue.Articles[0].Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TitleReadLastOnTheSheet_InDistrictPageStyle_TakesTheTextOverleaf()
    {
        // A district page: a notice column closed by a contact line, then a title at the sheet's foot; its text overleaf.
        var issue = PageAssembler.Assemble(
        [
            Placed("征集启事", 16, 1, 20, 700, 280, 720),
            Placed("本报面向全区征集老照片，讲述街巷变迁。", 10, 1, 20, 600, 280, 690),
            Placed("联系电话：0374-1234567", 10, 1, 20, 580, 280, 592),
            Placed("农家书屋里的读书声", 16, 1, 20, 100, 280, 120),
            Placed("每到周末，村里的农家书屋总是坐满了孩子。", 10, 2, 20, 1050, 280, 1100),
        ]);

        var story = issue.Articles.Single(a => a.Headline == "农家书屋里的读书声");
        Assert.Single(story.Paragraphs);
    }

    [Fact]
    public void Assemble_HeadsLevelSideBySide_TheTextUnderEachIsItsOwn()
    {
        // A national daily's page in five columns: a three-column story's head and a one-column picture story's title
        // stand level, the title a point higher, so the title is read first and its text only after the other story's.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("做手工 迎新春", 12, 1, 506, 791, 649, 805),
            PlacedDisplay("一位老记者的四十年（身边的榜样）", 24, 1, 28, 764, 503, 804),
            Placed("他在基层跑了四十年新闻，写下两千多篇稿件。", 9, 1, 28, 209, 495, 750),
            Placed("1月12日，少年宫里的孩子们在老师指导下制作风筝和面塑。", 9, 1, 506, 673, 654, 779),
            new PageBlock("", 1, Hint: BlockHint.PictureGap, Bbox: new BoundingBox(506, 569, 655, 668)),
            new PageBlock("本报记者 贺勇摄", 1, FontSize: 8, Hint: BlockHint.Caption, Bbox: new BoundingBox(587, 556, 654, 564)),
        ]);

        var story = issue.Articles.Single(a => a.Headline == "一位老记者的四十年（身边的榜样）");
        Assert.Equal(["他在基层跑了四十年新闻，写下两千多篇稿件。"], story.Paragraphs);
        var picture = issue.Articles.Single(a => a.Headline == "做手工 迎新春");
        Assert.StartsWith("1月12日", picture.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TextUnderAnotherColumnThanTheWaitingHeader_StaysWithTheOpenArticle()
    {
        // The same heads, but the text read next stands in the first story's columns, not under the title.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("做手工 迎新春", 12, 1, 506, 791, 649, 805),
            PlacedDisplay("一位老记者的四十年（身边的榜样）", 24, 1, 28, 764, 503, 804),
            Placed("他在基层跑了四十年新闻，写下两千多篇稿件。", 9, 1, 28, 209, 495, 750),
            Placed("退休后，他仍坚持给年轻记者改稿。", 9, 1, 190, 209, 334, 553),
        ]);

        var story = issue.Articles.Single(a => a.Headline == "一位老记者的四十年（身边的榜样）");
        Assert.Equal(2, story.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_BriefCutMidSentenceAtThePageFoot_IsTheOneContinued()
    {
        // A district newsletter: the round-up's last brief is cut mid-sentence at the foot; the article above it was
        // closed with a full stop, so the next sheet's text is the brief's.
        var issue = PageAssembler.Assemble(
        [
            Line("区政协召开常委会议", 18, 1),
            Line("本报讯 12月6日，区政协召开常委会议，审议年度工作报告。", 10, 1),
            Line("简讯", 12, 1),
            Line("■ 东大街道为辖区独居老人安装烟感报警器120个，", 10, 1),
            Line("并建立每日探访台账。", 10, 2),
        ]);

        var brief = issue.Articles[1];
        Assert.Equal(ArticleKind.Brief, brief.Kind);
        Assert.EndsWith("并建立每日探访台账。", brief.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Single(issue.Articles[0].Paragraphs);
    }

    [Fact]
    public void Assemble_BriefAndArticleRunningOnSideBySide_EachContinuesInItsOwnColumns()
    {
        // A city daily's A3 page: a brief of the round-up column at the left foot and a feature at the right, both cut
        // mid-sentence; on the next sheet each goes on in the columns it stood in.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("简讯", 12, 1, 20, 560, 280, 580),
            PlacedDisplay("港口集装箱吞吐量创新高", 14, 1, 20, 520, 280, 540),
            Placed("本报天津1月5日电 记者从天津港集团获悉，2019年港口集装箱吞吐量突破1700万标准箱，同比增长", 10, 1, 20, 100, 280, 510),
            PlacedDisplay("冰雪旅游带火冬季消费", 22, 1, 300, 520, 820, 560),
            Placed("本报哈尔滨1月5日电 入冬以来，冰雪大世界累计接待游客", 10, 1, 300, 100, 820, 510),
            Placed("8.1%。", 10, 2, 20, 1000, 280, 1100),
            Placed("30余万人次，带动周边餐饮住宿消费。", 10, 2, 300, 1000, 820, 1100),
        ]);

        var brief = issue.Articles.Single(a => a.Headline == "港口集装箱吞吐量创新高");
        Assert.EndsWith("同比增长8.1%。", brief.Paragraphs[^1], StringComparison.Ordinal);
        var feature = issue.Articles.Single(a => a.Headline == "冰雪旅游带火冬季消费");
        Assert.EndsWith("30余万人次，带动周边餐饮住宿消费。", feature.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_LeadInsSideBySideAtThePageFoot_EachLeadsIntoTheHeadlineInItsColumnsOverleaf()
    {
        // A national daily's series of prize winners: two lead-ins fell to the foot of the sheet side by side; on the
        // next sheet the left headline and its text are read before the right headline.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("科技创新的生力军", 22, 1, 20, 700, 800, 722),
            Placed("本报讯 今年的省科学技术奖励大会上，一批青年科学家获奖。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("省科技奖一等奖获得者林海——", 14, 1, 20, 60, 380, 74),
            PlacedDisplay("市青年科技奖获得者周岚——", 14, 1, 400, 60, 800, 74),
            PlacedDisplay("让盐碱地长出好庄稼", 21, 2, 20, 1080, 380, 1101),
            Placed("林海带领团队在滨海盐碱地上试种耐盐小麦，亩产提高两成。", 10, 2, 20, 900, 380, 1070),
            PlacedDisplay("给老旧电梯装上“健康监测仪”", 21, 2, 400, 1080, 800, 1101),
            Placed("周岚和同事研发的监测装置，已在全市三百多部电梯上使用。", 10, 2, 400, 900, 800, 1070),
        ]);

        Assert.Equal(["科技创新的生力军", "让盐碱地长出好庄稼", "给老旧电梯装上“健康监测仪”"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("省科技奖一等奖获得者林海——", issue.Articles[1].Kicker);
        Assert.StartsWith("林海带领团队", Assert.Single(issue.Articles[1].Paragraphs), StringComparison.Ordinal);
        Assert.Equal("市青年科技奖获得者周岚——", issue.Articles[2].Kicker);
        Assert.StartsWith("周岚和同事", Assert.Single(issue.Articles[2].Paragraphs), StringComparison.Ordinal);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_NameLeadInAtThePageFoot_InDistrictPageStyle_LeadsIntoTheHeadlineInItsColumnsNotTheOneReadFirst()
    {
        // A district newsletter's 身边好人 column: a name and a colon at the right foot of the sheet; overleaf another
        // story's head stands at the left and is read first, the name's headline at the right.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("社区里的热心人", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 东大街道评出十位“身边好人”，他们的故事在居民中口口相传。", 10, 1, 20, 100, 280, 690),
            PlacedDisplay("张桂芳：", 12, 1, 300, 80, 360, 92),
            PlacedDisplay("老旧小区加装电梯提速", 20, 2, 20, 1080, 280, 1100),
            Placed("本报讯 今年以来，魏都区已有32部电梯在老旧小区投用。", 10, 2, 20, 900, 280, 1070),
            PlacedDisplay("义务理发二十年", 20, 2, 300, 1080, 560, 1100),
            Placed("每月初，张桂芳都会带着理发工具到敬老院，为老人义务理发。", 10, 2, 300, 900, 560, 1070),
        ]);

        var portrait = issue.Articles.Single(a => a.Headline == "义务理发二十年");
        Assert.Equal("张桂芳：", portrait.Kicker);
        Assert.StartsWith("每月初", Assert.Single(portrait.Paragraphs), StringComparison.Ordinal);
        var lift = issue.Articles.Single(a => a.Headline == "老旧小区加装电梯提速");
        Assert.Null(lift.Kicker);
        Assert.DoesNotContain(issue.Articles, a => a.Headline == "张桂芳：");
    }

    [Theory]
    [InlineData("全国劳动模范、养殖户李春生——", "三十年守着一片鱼塘", "养鱼先养水")]   // a national daily's portrait
    [InlineData("王秀兰：", "巷子里的“暖心厨房”", "一碗热饭")]                   // a district page's 身边好人
    public void Assemble_SubheadingUnderALeadInsHeadline_IsMeasuredAgainstTheHeadline(string leadIn, string headline, string subheading)
    {
        // A portrait at the sheet's foot is only its lead-in; overleaf the headline in its columns, then the text with a
        // 小标题 set larger than the lead-in but well below the headline: a subheading, not a new story.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("新春走基层", 22, 1, 20, 700, 560, 722),
            Placed("本报讯 春节前夕，记者走进田间地头，记录劳动者的新春故事。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay(leadIn, 12, 1, 20, 60, 280, 72),
            PlacedDisplay("夜市开张", 22, 1, 300, 60, 560, 84),
            PlacedDisplay(headline, 22, 2, 20, 1080, 280, 1102),
            Placed("天刚亮，他就划着小船巡塘，看水色、查鱼情，三十年没有间断。", 10, 2, 20, 1000, 280, 1070),
            PlacedDisplay(subheading, 13, 2, 20, 980, 280, 993),
            Placed("他常说，水质好了，鱼才长得好，塘边的人家也跟着过上了好日子。", 10, 2, 20, 900, 280, 975),
            Placed("本报讯 五一路夜市日前开张，六十余个摊位错落有致。", 10, 2, 300, 900, 560, 1100),
        ]);

        var portrait = issue.Articles.Single(a => a.Headline == headline);
        Assert.Equal(leadIn, portrait.Kicker);
        Assert.Equal([subheading], portrait.Subheadings);
        Assert.Equal(2, portrait.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_LeadInLevelBesideAShortHeadlineAtThePageFoot_AreTwoHeaders()
    {
        // A national daily's page: a lead-in and another story's two-letter headline stand level at the foot; a lead-in's
        // own headline stands under it, so 支招 heads a story of its own, and the lead-in's headline is overleaf.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("冬日里的田间课堂", 22, 1, 20, 700, 800, 722),
            Placed("本报讯 入冬以来，农技人员走进田间地头，手把手教农民管护麦苗。", 10, 1, 20, 100, 800, 690),
            PlacedDisplay("省农科院青年科研团队——", 14, 1, 20, 60, 380, 74),
            PlacedDisplay("支招", 21, 1, 400, 53, 800, 74),
            PlacedDisplay("盐碱地上种出“吨粮田”", 21, 2, 20, 1080, 380, 1101),
            Placed("团队在滨海盐碱地上试种耐盐小麦三年，亩产过了千斤。", 10, 2, 20, 900, 380, 1070),
            Placed("近日，县政协委员走进农户，帮助村民解决农产品销售难题。", 10, 2, 400, 900, 800, 1070),
        ]);

        var team = issue.Articles.Single(a => a.Headline == "盐碱地上种出“吨粮田”");
        Assert.Equal("省农科院青年科研团队——", team.Kicker);
        Assert.Single(team.Paragraphs);
        var tips = issue.Articles.Single(a => a.Headline == "支招");
        Assert.StartsWith("近日", Assert.Single(tips.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_NameLeadInLevelBesideAShortTitle_InDistrictPageStyle_AreTwoHeaders()
    {
        // A district newsletter: a grid worker's name lead-in and a two-letter column title stand level at the foot.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("网格里的新年", 20, 1, 20, 700, 560, 720),
            Placed("本报讯 新年前夕，各社区网格员挨家挨户送去问候。", 10, 1, 20, 100, 560, 690),
            PlacedDisplay("网格员李红：", 12, 1, 20, 80, 200, 92),
            PlacedDisplay("暖心", 20, 1, 300, 72, 560, 92),
            PlacedDisplay("小巷里的“百事通”", 20, 2, 20, 1080, 280, 1100),
            Placed("谁家水管坏了、谁家老人病了，李红总是第一个知道。", 10, 2, 20, 900, 280, 1070),
            Placed("社区为独居老人装上了一键呼叫器，已有46户受益。", 10, 2, 300, 900, 560, 1070),
        ]);

        var worker = issue.Articles.Single(a => a.Headline == "小巷里的“百事通”");
        Assert.Equal("网格员李红：", worker.Kicker);
        var column = issue.Articles.Single(a => a.Headline == "暖心");
        Assert.StartsWith("社区为独居老人", Assert.Single(column.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_BoxEndingInAContactLine_IsNotContinuedByTheNextPage()
    {
        // A national daily's page: a 预告 box ends in its fax number, which no full stop closes; the story the page ended
        // in goes on at the next sheet's top.
        var issue = PageAssembler.Assemble(
        [
            Line("预告", 14, 1),
            Line("下期话题：老旧小区停车难如何破解。", 10, 1),
            Line("欢迎读者来信，谈现象、找原因、提建议。", 10, 1),
            Line("传真：（010）65001234", 10, 1),
            Line("冬季供暖保障有力有序", 20, 1),
            Line("本报北京1月12日电 入冬以来，各地供暖运行平稳。", 10, 1),
            Line("城市管理部门加强巡查，及时处置管网故障。", 10, 1),
            Line("截至目前，全市供暖投诉同比下降三成。", 10, 2),
        ]);

        var box = issue.Articles.Single(a => a.Headline == "预告");
        Assert.Equal(3, box.Paragraphs.Count);
        var story = issue.Articles.Single(a => a.Headline == "冬季供暖保障有力有序");
        Assert.Equal("截至目前，全市供暖投诉同比下降三成。", story.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_NoticeEndingInItsHotline_InDistrictPageStyle_LeavesTheNextPageToTheStory()
    {
        // A district newsletter: a notice closes with its hotline, no full stop after the number; the feature
        // the page ended in runs on.
        var issue = PageAssembler.Assemble(
        [
            Line("春节假期社保窗口照常办公", 14, 1),
            Line("春节期间，区政务服务中心窗口照常办理社保业务。", 10, 1),
            Line("咨询电话：0374-2345678", 10, 1),
            Line("社区食堂开到家门口", 20, 1),
            Line("本报讯 东大街道首家社区食堂日前开业，老人就餐打八折。", 10, 1),
            Line("开业当天，前来就餐的居民排起了长队。", 10, 1),
            Line("街道计划年内再开两家社区食堂。", 10, 2),
        ]);

        var notice = issue.Articles.Single(a => a.Headline == "春节假期社保窗口照常办公");
        Assert.Equal("咨询电话：0374-2345678", notice.Paragraphs[^1]);
        var story = issue.Articles.Single(a => a.Headline == "社区食堂开到家门口");
        Assert.Equal("街道计划年内再开两家社区食堂。", story.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_ReportsSecondDatelineOverleaf_KeepsTheArticleBesideRunningOn()
    {
        // A national daily: two reports run on side by side; overleaf the left one goes on with a second dateline (a
        // 新华社 item, then 本报's), and the right one's text, read after it, is still its own.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("长江重点水域开启禁捕", 18, 1, 20, 300, 400, 320),
            Placed("新华社北京1月1日电 长江流域重点水域1日起实行禁捕，", 10, 1, 20, 100, 400, 290),
            PlacedDisplay("青年团队点亮聚变灯", 18, 1, 420, 300, 820, 320),
            Placed("清晨，科学岛上的实验室里已经有人在忙碌。", 10, 1, 420, 100, 820, 290),
            Placed("为期十年。", 10, 2, 20, 1050, 400, 1100),
            Placed("本报合肥1月1日电 （记者程东）记者从巢湖管理局获悉，巢湖水域同日起禁渔。", 10, 2, 20, 900, 400, 1040),
            Placed("团队研制的超导导体已用于国际合作项目。", 10, 2, 420, 1000, 820, 1100),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        var team = issue.Articles.Single(a => a.Headline == "青年团队点亮聚变灯");
        Assert.Equal("团队研制的超导导体已用于国际合作项目。", team.Paragraphs[^1]);
        var ban = issue.Articles.Single(a => a.Headline == "长江重点水域开启禁捕");
        Assert.DoesNotContain(ban.Paragraphs, p => p.Contains("超导导体", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_ReportsSecondDatelineOverleaf_InDistrictPageStyle_KeepsTheStoryBesideRunningOn()
    {
        // A district newsletter: a city report with a district item under its own 本报讯 runs on beside a feature.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("全市老旧小区改造提速", 18, 1, 20, 300, 400, 320),
            Placed("本报讯 今年全市将改造老旧小区120个，惠及居民", 10, 1, 20, 100, 400, 290),
            PlacedDisplay("社区里的“百事通”", 18, 1, 420, 300, 820, 320),
            Placed("谁家水管坏了、谁家老人病了，网格员李红总是第一个知道。", 10, 1, 420, 100, 820, 290),
            Placed("3万余户。", 10, 2, 20, 1050, 400, 1100),
            Placed("本报讯 （通讯员 王磊）魏都区已完成首批18个小区的改造设计。", 10, 2, 20, 900, 400, 1040),
            Placed("居民们都说，有事找李红，心里踏实。", 10, 2, 420, 1000, 820, 1100),
        ]);

        var feature = issue.Articles.Single(a => a.Headline == "社区里的“百事通”");
        Assert.Equal("居民们都说，有事找李红，心里踏实。", feature.Paragraphs[^1]);
    }
}
