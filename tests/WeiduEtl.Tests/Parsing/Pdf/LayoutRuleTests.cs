using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>The geometry rules on small hand-made pages (PDF points, y up, 8 pt body text).</summary>
public sealed class LayoutRuleTests
{
    private const double Em = 8;

    private static List<PdfGlyph> Row(string text, double x, double baseline, double size = Em, double tracking = 0)
    {
        var glyphs = new List<PdfGlyph>();
        foreach (var ch in text)
        {
            var width = ch == ' ' ? size / 3 : size;
            glyphs.Add(new PdfGlyph(ch.ToString(), x, x + width, baseline, size));
            x += width + tracking;
        }
        return glyphs;
    }

    [Fact]
    public void Build_TwoColumnsAcrossAGutter_GiveTwoLines()
    {
        var glyphs = Row("城管队员来到魏源广场", 20, 700).Concat(Row("给商户交谈的间隙还不", 20 + (10 * Em) + 12, 700)).ToList();

        var lines = LineBuilder.Build(glyphs);

        Assert.Equal(["城管队员来到魏源广场", "给商户交谈的间隙还不"], lines.OrderBy(l => l.Box.X0).Select(l => l.Text));
    }

    [Fact]
    public void Build_PunctuationHangingIntoTheGutter_DoesNotJoinTheNextColumn()
    {
        // Two 10-em columns with a 1.4-em gutter; the middle line's ： hangs past its column, leaving 0.4 em.
        const double right = 20 + (10 * Em) + (1.4 * Em);
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("区文化馆组织志愿者开", 20, 700));
        glyphs.AddRange(Row("展送戏下乡活动。", right, 700));
        glyphs.AddRange(Row("春节期间市民纷纷表示：", 20, 700 - (1.5 * Em)));
        glyphs.AddRange(Row("春节前后，各街道还将", right, 700 - (1.5 * Em)));
        glyphs.AddRange(Row("活动很接地气", 20, 700 - (3 * Em)));
        glyphs.AddRange(Row("举办灯谜会。", right, 700 - (3 * Em)));

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "春节期间市民纷纷表示：");
        Assert.Contains(lines, l => l.Text == "春节前后，各街道还将");
    }

    [Fact]
    public void Build_HangingColonOnTheBaselineOfAHeadlineFarLeft_StillStopsAtTheGutter()
    {
        const double left = 200;
        const double right = left + (10 * Em) + (1.4 * Em);
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("区文化馆组织志愿者开", left, 700));
        glyphs.AddRange(Row("展送戏下乡活动。", right, 700));
        glyphs.AddRange(Row("春节期间市民纷纷表示：", left, 700 - (1.5 * Em)));
        glyphs.AddRange(Row("春节前后，各街道还将", right, 700 - (1.5 * Em)));
        glyphs.AddRange(Row("活动很接地气", left, 700 - (3 * Em)));
        glyphs.AddRange(Row("举办灯谜会。", right, 700 - (3 * Em)));
        glyphs.AddRange(Row("城市新闻", 20, 700 - (1.5 * Em) + 0.5, size: 20));

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "春节期间市民纷纷表示：");
    }

    [Fact]
    public void Build_TwoHeadlinesSideBySideOverBodyColumns_AreTwoLinesThoughTheirGapIsUnderAnEm()
    {
        // 18-pt headlines over 8-pt columns with a 1.4-em gutter: the white between the headlines (0.75 of their em)
        // is no letter spacing, because the columns under them leave a gutter there.
        const double right = 20 + (10 * Em) + (1.4 * Em);
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("新城开工", 20 + (10 * Em) - (4 * 18), 730, size: 18));
        glyphs.AddRange(Row("老街换颜", 20 + (10 * Em) - (4 * 18) + (4 * 18) + 13.5, 730, size: 18));
        for (var k = 0; k < 4; k++)
        {
            glyphs.AddRange(Row("区重点项目集中开工仪", 20, 700 - (k * 1.5 * Em)));
            glyphs.AddRange(Row("北门老街改造后重新开", right, 700 - (k * 1.5 * Em)));
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "新城开工");
        Assert.Contains(lines, l => l.Text == "老街换颜");
    }

    [Fact]
    public void Build_HeadlineAcrossTwoColumnsWithASpaceOverTheGutter_StaysOneLine()
    {
        // A two-column headline whose word space, set as white without a glyph, lies over the gutter: a third of an em.
        const double right = 20 + (10 * Em) + (1.4 * Em);
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("北门老街", 20 + (10 * Em) - (4 * 18), 730, size: 18));
        glyphs.AddRange(Row("焕发新活力", 20 + (10 * Em) + 6, 730, size: 18));
        for (var k = 0; k < 4; k++)
        {
            glyphs.AddRange(Row("区重点项目集中开工仪", 20, 700 - (k * 1.5 * Em)));
            glyphs.AddRange(Row("北门老街改造后重新开", right, 700 - (k * 1.5 * Em)));
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "北门老街焕发新活力");
    }

    [Fact]
    public void Build_LooseLineBetweenShortLinesOfOneColumn_IsNotCutAfterItsColon()
    {
        // Short lines above and below leave white beside the colon, but no line shows a gutter between two columns.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("守住底线。", 20, 700));
        glyphs.AddRange(Row("详情请登录网站查询：可扫码", 20, 700 - 12, tracking: 0.3 * Em));
        glyphs.AddRange(Row("或拨打服务热线。", 20, 700 - 24));
        glyphs.AddRange(Row("报名截止。", 20, 700 - 36));

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "详情请登录网站查询：可扫码");
    }

    [Fact]
    public void Build_HeadlineEndingInAQuestionMarkBesideABodyColumn_StaysApart()
    {
        var glyphs = Row("谁来守护城市的夜？", 20, 700, size: 20)
            .Concat(Row("区文化馆组织志愿者开展送戏", 20 + 180 + 8, 700.5))
            .Concat(Row("下乡活动市民纷纷表示很接地", 20 + 180 + 8, 700.5 - 12)).ToList();

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "谁来守护城市的夜？");
    }

    [Fact]
    public void Split_LineShortBeforeAWrappedLatinWord_StaysInItsParagraph()
    {
        // Ragged-right text: "Volkswagen" does not fit after 大众, so the line ends 3.5 em short mid-sentence.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("据了解此次签约的项目占地约", 20 + (2 * Em), 700));
        glyphs.AddRange(Row("一百亩，合作方为德国大众", 20, 700 - 12));
        glyphs.AddRange(Row("Volkswagen集团旗下企业。", 20, 700 - 24));
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var paragraphs = ParagraphSplitter.Split(frame).Select(TextFrame.Join).ToList();

        Assert.Single(paragraphs);
    }

    [Fact]
    public void ColumnBox_JustifiedLinesWithJitterAndOneLineRunningOn_EndsWhereTheJustifiedLinesEnd()
    {
        double[] ends = [299.51, 299.49, 260, 299.52, 302, 299.48];
        var lines = ends.Select((end, k) => new TextLine("城市更新行动", new Box(100, 700 - (12 * k), end, 708 - (12 * k)), 700 - (12 * k), Em)).ToList();
        var frame = new TextFrame(lines[0]);
        lines.Skip(1).ToList().ForEach(frame.Add);

        Assert.Equal(299.52, frame.ColumnBox.X1, precision: 2);
    }

    [Theory]
    [InlineData("https://www.xcrb.example.cn/zt/")]
    [InlineData("bianjibu2024@example.com")]
    public void ReadingBox_AddressRunningPastTheColumnIntoTheGutter_EndsWhereTheFullLinesEnd(string address)
    {
        var frame = Frame(("报名表可在市人社局网站下载", 299.5), (address, 331), ("（含手机版）、本报客户端", 299.5), ("同步发布。", 160));

        Assert.Equal(299.5, frame.ReadingBox.X1, precision: 2);
    }

    [Fact]
    public void ReadingBox_LineOfTextEndingInALatinWordAtTheColumnEdge_KeepsTheFrameWhole()
    {
        var frame = Frame(("新车型将搭载自主研发的", 299.5), ("全新混动系统，百公里油耗仅3.8L", 300), ("续航超过1000公里。", 210));

        Assert.Equal(300, frame.ReadingBox.X1, precision: 2);
    }

    [Theory]
    [InlineData("本报电  市商务局日前发布消息，全市新增外贸企业120家。", true)]
    [InlineData("本报郑州3月2日电  （记者王明）全省春耕备耕进展顺利。", true)]
    [InlineData("全市新增外贸企业120家，进出口总额同比增长。", false)]
    public void IsDatedBriefTitle_FullLineOverAParagraph_IsATitleOnlyOverADateline(string next, bool expected)
    {
        List<TextLine> title = [new("省内首条跨江地铁隧道贯通", new Box(100, 700, 221, 709), 700, Em)];
        List<TextLine> text = [new(next, new Box(118, 686, 221, 695), 686, Em)];

        Assert.Equal(expected, DatedBriefTitle.Is(title, text, PressLexicon.BuiltIn));
    }

    [Fact]
    public void EndsAtItsMeasure_ShortLastLineOfAJustifiedFrame_RunsToTheEdgeOnlyWhenFull()
    {
        var frame = Frame(("本报杭州3月5日电 记者从省市场监", 150), ("管局获悉，全省企业开办时间压", 150.2), ("缩至一个工作日，办事更便捷。", 149.9), ("“企业通过登录政务服务", 150));

        Assert.True(frame.EndsAtItsMeasure(frame.Lines[^1].Box, 0.5 * Em));
        Assert.False(frame.EndsAtItsMeasure(new Box(100, 600, 130, 608), 0.5 * Em));
    }

    [Fact]
    public void EndsAtItsMeasure_FrameOfTwoLines_ShowsNoMeasure()
    {
        var frame = Frame(("省内首条跨江地铁隧道贯通", 150), ("全线明年通车", 130));

        Assert.False(frame.EndsAtItsMeasure(frame.Lines[0].Box, 0.5 * Em));
    }

    private static TextFrame Frame(params (string Text, double End)[] rows)
    {
        var lines = rows.Select((row, k) => new TextLine(row.Text, new Box(100, 700 - (12 * k), row.End, 708 - (12 * k)), 700 - (12 * k), Em)).ToList();
        var frame = new TextFrame(lines[0]);
        lines.Skip(1).ToList().ForEach(frame.Add);
        return frame;
    }

    [Fact]
    public void Match_CaptionBesideThePictureSetAtItsFoot_IsThePicturesCaption()
    {
        // A 100 x 80 pt picture with a 7 pt caption to its right whose last line is level with the picture's foot.
        var picture = new PlacedImage(1, new Box(20, 600, 120, 680), new PageImage([1], "jpg", 400, 320));
        var caption = FrameBuilder.Build(LineBuilder.Build(
            [.. Row("社区食堂里志愿者为", 126, 612, size: 7), .. Row("老人端上热汤面。", 126, 603, size: 7)]));

        var found = CaptionLocator.Match([picture], caption, new HashSet<TextFrame>(), bodySize: Em, PressLexicon.BuiltIn);

        Assert.Equal("社区食堂里志愿者为老人端上热汤面。", found[0].Text);
    }

    [Fact]
    public void Build_GapAfterPunctuationWithTextAboveAndBelow_IsLetterSpacing()
    {
        // A loosely justified line in one wide column: the same gap after ： is no gutter, the lines around it are full.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("区文化馆组织志愿者开展送戏下乡活动市", 20, 700));
        glyphs.AddRange(Row("民纷纷表示：", 20, 700 - (1.5 * Em)));
        glyphs.AddRange(Row("这样的活动很接地气春节", 20 + (6 * Em) + (0.4 * Em), 700 - (1.5 * Em)));
        glyphs.AddRange(Row("前后各街道还将举办灯谜会和庙会等活动", 20, 700 - (3 * Em)));

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "民纷纷表示：这样的活动很接地气春节");
    }

    [Fact]
    public void Build_JustifiedLineAndSpaceGlyph_StayOneLineWithTheSpaceKept()
    {
        var lines = LineBuilder.Build(Row("本报记者 张铮 通讯员", 20, 700, tracking: 0.3 * Em));

        Assert.Equal("本报记者 张铮 通讯员", Assert.Single(lines).Text);
    }

    [Fact]
    public void Build_LetterDrawnTwiceForFakeBold_IsReadOnce()
    {
        var glyphs = Row("一周要闻", 20, 700).Concat(Row("一周要闻", 20.4, 700)).ToList();

        Assert.Equal("一周要闻", Assert.Single(LineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void Split_IndentedLineAndFlushRightTag_StartParagraphs()
    {
        // A justified column 17 em wide: full lines are spread to its right edge.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("据了解此次签约的项目占", 20 + (2 * Em), 700, tracking: 0.4 * Em));
        glyphs.AddRange(Row("地约100亩总投资约10亿元项目", 20, 700 - (1.4 * Em)));
        glyphs.AddRange(Row("达产。", 20, 700 - (2.8 * Em)));
        glyphs.AddRange(Row("魏都区表示全区上下要以此为", 20 + (2 * Em), 700 - (4.2 * Em), tracking: Em / 6));
        glyphs.AddRange(Row("(魏宣)", 20 + (17 * Em) - (4 * Em), 700 - (5.6 * Em)));
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var paragraphs = ParagraphSplitter.Split(frame).Select(TextFrame.Join).ToList();

        Assert.Equal(["据了解此次签约的项目占地约100亩总投资约10亿元项目达产。", "魏都区表示全区上下要以此为", "(魏宣)"], paragraphs);
    }

    [Theory]
    [InlineData("当然，要想找准路子，还得多到田间地头走走，问题才看得真切。（作者为赤", "峰敖汉旗挂职副书记）")] // a national daily's signed column
    [InlineData("本文图片均由市文明办提供，特此致谢，欢迎读者来稿。（通讯员张晓、李明", "王芳）")]            // a city daily's contributors
    public void Split_FlushRightLineClosingTheBracketOpenAbove_EndsThatParagraph(string above, string end)
    {
        // Two full lines of a 17-character measure; the wrapped end of the credit is set flush right like a tag.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row(above[..17], 20, 700));
        glyphs.AddRange(Row(above[17..], 20, 700 - (1.4 * Em)));
        glyphs.AddRange(Row(end, 20 + (17 * Em) - (end.Length * Em), 700 - (2.8 * Em)));
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var paragraphs = ParagraphSplitter.Split(frame).Select(TextFrame.Join).ToList();

        Assert.Equal([above + end], paragraphs);
    }

    [Theory]
    [InlineData("记者从巢湖管理局获悉：自2020年1月1日零时起，")]   // a national daily's report run on from the page before
    [InlineData("区政府2023年8月18日星期五召开常务会议，")]          // a district paper's, a date like a masthead's
    public void FindFurniture_TextRunOnAtTheTopOfAPageWithoutMasthead_IsNotFurniture(string dated)
    {
        // Page 2 of an article: two columns of run-on text at the top, one line carrying a date as a masthead does.
        var glyphs = new List<PdfGlyph>();
        for (var i = 0; i < 8; i++)
        {
            glyphs.AddRange(Row(i == 3 ? dated : "禁渔期间，在湖区开展水生生物资源增殖放流。", 34, 1150 - (i * 1.4 * Em)));
            glyphs.AddRange(Row("同时，禁止一切渔具捕捞采集水生动植物生产活动。", 34 + (25 * Em), 1150 - (i * 1.4 * Em)));
        }
        var frames = FrameBuilder.Build(LineBuilder.Build(glyphs));

        var furniture = FurnitureLocator.Find(frames, pageHeight: 1190, minRowGap: 1.2 * Em);

        Assert.Empty(furniture.Frames);
    }

    [Theory]
    [InlineData("中华人民共和国主席令", "2019年12月28日")]   // a national daily's law, signed under its decree
    [InlineData("许昌市人民政府", "2025年9月30日")]           // a district page's notice, dated under its issuer
    public void FindFurniture_DocumentsDateInsideThePage_IsNotFurniture(string issuer, string date)
    {
        // A date alone between paragraphs is the document's date; only in the bands at a page's edges is it the page's.
        var glyphs = new List<PdfGlyph>();
        for (var i = 0; i < 6; i++)
        {
            glyphs.AddRange(Row("本办法自公布之日起施行，由有关部门负责解释。", 34, 900 - (i * 1.4 * Em)));
        }
        glyphs.AddRange(Row(issuer, 34, 900 - (9 * Em)));
        glyphs.AddRange(Row(date, 34, 900 - (12 * Em)));
        for (var i = 0; i < 6; i++)
        {
            glyphs.AddRange(Row("第一条 为了规范管理，保障公共安全，制定本办法。", 34, 780 - (i * 1.4 * Em)));
        }
        var frames = FrameBuilder.Build(LineBuilder.Build(glyphs));

        var furniture = FurnitureLocator.Find(frames, pageHeight: 1190, minRowGap: 1.2 * Em);

        Assert.Empty(furniture.Frames);
    }

    [Theory]
    [InlineData("滨海新区", "高水平开放助推高质量发展")]   // a national daily's story headed at the foot, its text overleaf
    [InlineData("魏都区", "老旧小区改造跑出加速度")]       // a district page's
    public void FindFurniture_PlaceKickerOverAHeadlineAtThePageFoot_IsNotFurniture(string kicker, string headline)
    {
        // A place name is shaped like a page label, but a page label stands over the page's first headline, never at its foot.
        var glyphs = new List<PdfGlyph>();
        for (var i = 0; i < 8; i++)
        {
            glyphs.AddRange(Row("禁渔期间，在湖区开展水生生物资源增殖放流。", 34, 600 - (i * 1.4 * Em)));
        }
        glyphs.AddRange(Row(kicker, 34, 80, size: 14));
        glyphs.AddRange(Row(headline, 34, 52, size: 21));
        var frames = FrameBuilder.Build(LineBuilder.Build(glyphs));

        var furniture = FurnitureLocator.Find(frames, pageHeight: 1190, minRowGap: 1.2 * Em);

        Assert.Empty(furniture.Frames);
    }

    [Fact]
    public void Split_LineAfterALineThatStopsShort_StartsAParagraph()
    {
        // A commentary's title and its 【】 marker set in body type, flush left, over a justified paragraph.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("守住耕地红线", 20, 700));
        glyphs.AddRange(Row("【今日谈】", 20, 700 - (1.4 * Em)));
        glyphs.AddRange(Row("耕地是粮食生产的命根子，各地要坚决遏", 20, 700 - (2.8 * Em)));
        glyphs.AddRange(Row("制耕地非农化。", 20, 700 - (4.2 * Em)));
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var paragraphs = ParagraphSplitter.Split(frame).Select(TextFrame.Join).ToList();

        Assert.Equal(["守住耕地红线", "【今日谈】", "耕地是粮食生产的命根子，各地要坚决遏制耕地非农化。"], paragraphs);
    }

    [Fact]
    public void SplitDisplay_TwoLineHeadlineAndBracketedMark_CutsOnlyBeforeTheMark()
    {
        var glyphs = Row("边境小城的", 40, 700, size: 16)
            .Concat(Row("开放新故事", 40, 700 - (1.3 * 16), size: 16))
            .Concat(Row("（记者手记）", 32, 700 - (2.6 * 16), size: 16)).ToList();
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var parts = ParagraphSplitter.SplitDisplay(frame).Select(TextFrame.Join).ToList();

        Assert.Equal(["边境小城的开放新故事", "（记者手记）"], parts);
    }

    [Theory]
    [InlineData("楼道小广告清除了", "（反馈）", 11, 108)]          // a brief in a narrow side column, a city daily's letters page
    [InlineData("中国男排 无缘奥运", "（动感2020）", 16, 180)]   // a sports headline over one column
    public void SplitDisplay_BracketedTagThatCouldNotFitBesideTheLineAbove_EndsTheHeadline(string headline, string tag, double size, double measure)
    {
        var glyphs = Row(headline, 40, 700, size).Concat(Row(tag, 40, 700 - (1.3 * size), size)).ToList();
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var parts = ParagraphSplitter.SplitDisplay(frame, measure).Select(TextFrame.Join).ToList();

        Assert.Equal([headline + tag], parts);
    }

    [Fact]
    public void SplitDisplay_BracketedTagThatWouldFitBesideTheLineAbove_StaysALineOfItsOwn()
    {
        // A commentary's headline over a page-wide measure, its column name set apart under it on purpose.
        var glyphs = Row("让开放合作的阳光普照世界", 57, 700, size: 16).Concat(Row("（国际时评）", 57, 700 - (1.4 * 16), size: 16)).ToList();
        var frame = Assert.Single(FrameBuilder.Build(LineBuilder.Build(glyphs)));

        var parts = ParagraphSplitter.SplitDisplay(frame, measure: 500).Select(TextFrame.Join).ToList();

        Assert.Equal(["让开放合作的阳光普照世界", "（国际时评）"], parts);
    }

    [Fact]
    public void Build_DashInAFallbackFontOfAnotherSize_StaysOnTheSubheadlineLine()
    {
        var glyphs = Row("——", 20, 700, size: 10.5).Concat(Row("确保农民售粮顺畅", 20 + 21, 700, size: 13)).ToList();

        var line = Assert.Single(LineBuilder.Build(glyphs));

        Assert.Equal(("——确保农民售粮顺畅", 13.0), (line.Text, line.Size));
    }

    [Fact]
    public void Sort_CentredHeadlineOverThreeColumns_IsReadBeforeTheColumns()
    {
        // A headline narrower than the three columns under it, a gap under it smaller than a row gap.
        var headline = new Box(90, 700, 300, 718);
        Box[] columns = [new(20, 500, 120, 690), new(132, 500, 232, 690), new(244, 500, 344, 690)];
        var boxes = new[] { columns[1], headline, columns[2], columns[0] };

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em);

        Assert.Equal([1, 3, 0, 2], order);
    }

    [Fact]
    public void Sort_HeadlinesSideBySideOverTheirOwnColumns_EachIsReadWithTheTextUnderIt()
    {
        // Two articles at the foot of a page: a headline over two columns, another over three; the gap under the
        // headlines is a row gap by size, but a band of headlines alone never ends an article.
        Box[] boxes =
        [
            new(20, 300, 240, 320), new(300, 300, 560, 320), // the two headlines
            new(20, 100, 120, 280), new(132, 100, 240, 280), // the first article's columns
            new(300, 100, 380, 280), new(392, 100, 470, 280), new(482, 100, 560, 280), // the second's
        ];
        var headlines = new HashSet<int> { 0, 1 };

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em, headlines);

        Assert.Equal([0, 2, 3, 1, 4, 5, 6], order);
    }

    [Fact]
    public void Sort_HeadlinesSideBySideEachShorterThanItsArticle_EachIsReadWithTheTextUnderIt()
    {
        // Headlines set flush left: the first covers two of its article's three columns, the second one of two; the
        // columns no headline stands over still belong to the article on their side of the gutter between the two.
        Box[] boxes =
        [
            new(20, 300, 200, 320), new(400, 300, 500, 320), // the two headlines
            new(20, 100, 120, 280), new(132, 100, 240, 280), new(252, 100, 360, 280), // the first article's columns
            new(400, 100, 480, 280), new(492, 100, 570, 280), // the second's
        ];
        var headlines = new HashSet<int> { 0, 1 };

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em, headlines);

        Assert.Equal([0, 2, 3, 4, 1, 5, 6], order);
    }

    [Fact]
    public void Sort_HeadlineOverAllTheColumnsUnderIt_StillReadsTheColumnsInOrder()
    {
        // One headline spanning three columns: its band holds one headline, so the row cut stands.
        Box[] boxes = [new(20, 300, 344, 320), new(20, 100, 120, 280), new(132, 100, 232, 280), new(244, 100, 344, 280)];

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em, new HashSet<int> { 0 });

        Assert.Equal([0, 1, 2, 3], order);
    }

    [Fact]
    public void Sort_SidebarEndingJustAboveTheLeadsText_IsReadAfterTheWholeLead()
    {
        // The lead's headline and byline stand beside a commentary box that ends 15 pt above the lead's text: a
        // row gap by size, but the 20 pt gutter to the box runs through both bands.
        Box[] boxes =
        [
            new(20, 700, 300, 720), new(100, 680, 200, 690), // lead headline, byline
            new(320, 690, 400, 720), new(320, 660, 400, 685), // commentary headline, text
            new(20, 560, 150, 645), new(160, 560, 300, 645), // lead text in two columns
        ];

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em);

        Assert.Equal([0, 1, 4, 5, 2, 3], order);
    }

    [Fact]
    public void Sort_TwoColumnArticleOverTwoBriefsOnTheSameGrid_ReadsTheArticleWhole()
    {
        // The 20 pt gutter is wider than the 13 pt row gap, but runs through article and briefs alike.
        Box[] boxes =
        [
            new(20, 720, 300, 740), new(20, 600, 150, 710), new(170, 600, 300, 710), // article: headline, two columns
            new(20, 575, 150, 587), new(20, 500, 150, 570), // brief under column 1
            new(170, 575, 300, 587), new(170, 500, 300, 570), // brief under column 2
        ];

        var order = ReadingOrder.Sort(boxes, minRowGap: 1.2 * Em, minGutter: 0.6 * Em);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], order);
    }

    [Fact]
    public void Sort_DateLineOverASidebar_IsReadAsTheMarginItIs()
    {
        // Nameplate left, date line right above a sidebar column: the sidebar's gutter runs through the masthead,
        // which as content would make the date line the sidebar's first block.
        Box[] boxes =
        [
            new(20, 770, 150, 800), new(300, 772, 400, 782), // nameplate, date line (furniture)
            new(20, 740, 250, 755), new(20, 600, 280, 735), // lead headline and text
            new(300, 600, 400, 750), // sidebar
        ];

        var order = ReadingOrder.Sort(boxes, furniture: new HashSet<int> { 0, 1 }, minRowGap: 1.2 * Em, minGutter: 0.6 * Em);

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public void Sort_TwoArticlesStackedBesideALongColumn_ReadsLeftStackThenRightColumn()
    {
        Box[] boxes = [new(20, 600, 230, 700), new(20, 400, 230, 580), new(244, 400, 344, 700)];

        Assert.Equal([0, 1, 2], ReadingOrder.Sort(boxes, 1.2 * Em, 0.6 * Em));
    }
}
