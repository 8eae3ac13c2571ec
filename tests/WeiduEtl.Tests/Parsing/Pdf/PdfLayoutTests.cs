using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Lexicon;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>The layout layer on the committed pages: furniture, captions, display type, reading order, pictures.</summary>
public sealed class PdfLayoutTests
{
    private static PageLayout Analyze(string pdf, List<string>? warnings = null)
    {
        using var document = PdfDocumentOpener.Open(File.ReadAllBytes(Path.Combine(PdfFixtures.PagesFolder, pdf)));
        return PageLayoutAnalyzer.Analyze(TextLayerPage.Read(document, 1), 1, new CjkTextNormalizer(), PressLexicon.BuiltIn, warnings ?? []);
    }

    private static int IndexOf(PageLayout layout, string start) =>
        layout.Blocks.ToList().FindIndex(b => b.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Analyze_SeedPage_MarksTheHeaderBandAsFurnitureWithLabelAndDate()
    {
        var layout = Analyze("seed-page.pdf");

        var furniture = layout.Blocks.Where(b => b.Hint == BlockHint.PageFurniture).Select(b => b.Text).ToList();
        Assert.Equal(["许昌日报", "2023年8月22日 星期二", "魏都区", "第5版", "责编 王颖 校对 刘洋"], furniture);
        Assert.Equal("魏都区", layout.PageLabel);
        Assert.Equal(new DateOnly(2023, 8, 22), layout.IssueDate);
    }

    [Fact]
    public void Analyze_SeedPage_HeadlineIsDisplayTypeWithRadicalsFolded()
    {
        var layout = Analyze("seed-page.pdf");

        // Chromium writes Noto CJK's 用 as the Kangxi radical U+2F64; the block must hold the ideograph.
        var headline = layout.Blocks.Single(b => b.Text == "用心管理城市 用情服务群众");
        Assert.Equal(BlockHint.Display, headline.Hint);
        Assert.Equal(19, headline.FontSize);
        Assert.DoesNotContain(layout.Blocks, b => b.Text.Any(c => c is >= '\u2E80' and <= '\u2FDF'));
    }

    [Fact]
    public void Analyze_SeedPage_ReadsHeadlineBylineThenColumnsInOrder()
    {
        var layout = Analyze("seed-page.pdf");

        int[] order =
        [
            IndexOf(layout, "用心管理城市"), IndexOf(layout, "本报记者 张铮"), IndexOf(layout, "当你在街头"),
            IndexOf(layout, "服务于民"), IndexOf(layout, "善待瓜农 让便民"), IndexOf(layout, "“在下一步工作中"),
            IndexOf(layout, "一周要闻"), IndexOf(layout, "夏日送清凉"), IndexOf(layout, "倾听群众呼声"),
            IndexOf(layout, "鹿鸣湖社区:服务"), IndexOf(layout, "8月17日上午"), IndexOf(layout, "颍昌社区:用心"),
        ];
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    // Writer lets the ： after 获悉 hang into the gutter between the A3 page's first two columns.
    [Theory]
    [InlineData("seed-page.pdf", "当你在街头", 0)]
    [InlineData("seed-page.pdf", "8月15日,魏都区与深圳", 3)]
    [InlineData("seed-page.pdf", "8月18日下午", 4)]
    [InlineData("libreoffice-a3-page.pdf", "本报北京10月9日电", 0)]
    [InlineData("libreoffice-a3-page.pdf", "有关负责人表示", 1)]
    [InlineData("libreoffice-a3-page.pdf", "还组织企业", 3)]
    public void Analyze_Page_GivesBodyBlocksTheirColumn(string pdf, string blockStart, int column)
    {
        var layout = Analyze(pdf);

        Assert.Equal(column, layout.Blocks[IndexOf(layout, blockStart)].Column);
    }

    [Fact]
    public void Analyze_LibreOfficeA3Page_ParagraphWithAHangingColonStaysInItsColumn()
    {
        var layout = Analyze("libreoffice-a3-page.pdf");

        var paragraph = layout.Blocks[IndexOf(layout, "本报北京10月9日电")].Text;
        Assert.EndsWith("获悉：截至10月8日，主产区各类粮食企业累计收购秋粮超过8000万吨，收购进度过半，总体平稳有序。", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SeedPage_PairsEachPictureWithTheCaptionUnderOrBesideIt()
    {
        var layout = Analyze("seed-page.pdf");

        var captions = layout.Images.Select(i => i.Caption?.Text).ToList();
        Assert.Equal(
            ["春秋广场夜市商户给魏都城管送锦旗", "鹿鸣湖社区工作人员走访辖区商户 孙江锋摄", "社区与物业公司工作人员查看防护网安装效果 孙江锋摄"],
            captions.Take(3));
        Assert.StartsWith("8月17日上午", captions[3]);
        Assert.All(layout.Images, i => Assert.Equal(BlockHint.Caption, i.Caption!.Hint));
    }

    [Fact]
    public void Analyze_SeedPage_SplitsParagraphsAtTheFirstLineIndent()
    {
        var layout = Analyze("seed-page.pdf");

        // One CSS paragraph that a column break cuts in two gives two blocks, the second starting flush.
        Assert.Contains(layout.Blocks, b => b.Text == "“咱魏都城管可热心了,帮我们摆放桌椅,提醒我们摊位前要保持整洁,生意也之前好了很多。”商户们高兴地说道。");
        Assert.Contains(layout.Blocks, b => b.Text == "(魏宣)");
    }

    [Fact]
    public void Analyze_DistrictPage_SkipsTheBulletAndKeepsThePhotoAsPng()
    {
        var layout = Analyze("district-page.pdf");

        var image = Assert.Single(layout.Images);
        Assert.Equal(("png", 240, 160), (image.Image.Extension, image.Image.WidthPx, image.Image.HeightPx));
        Assert.Equal("市民在清潩河滨河绿道上健身 王晓燕摄", image.Caption?.Text);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], image.Image.Bytes.Take(4));
    }

    [Fact]
    public void Analyze_DistrictPage_FoldsKangxiAndSupplementRadicals()
    {
        var layout = Analyze("district-page.pdf");

        Assert.Contains(layout.Blocks, b => b.Text.StartsWith("9月1日清晨，", StringComparison.Ordinal));
        Assert.Contains(layout.Blocks, b => b.Text.Contains("把民生需求放在第一位", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_TablePage_ReadsTwentyThousandLettersIntoColumnBlocks()
    {
        // How fast is the bench command's business, not a test's.
        var layout = Analyze("table-page.pdf");

        Assert.Equal(25, layout.Blocks.Count);
        Assert.Equal(20_000 + (25 * 159), layout.Blocks.Sum(b => b.Text.Length));
    }
}
