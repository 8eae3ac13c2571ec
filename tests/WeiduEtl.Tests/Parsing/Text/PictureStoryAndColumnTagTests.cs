using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A picture story under a picture column's title (图片报道) with its verse and a 图/文 credit (X图  Y文), and a column
/// tag（动感2020）that a headline filling its column wrapped to a line of its own. Made-up lines in the styles of a
/// national daily's commentary page and a city evening paper's sports page, as text dumps and as PDF blocks with sizes.
/// </summary>
public sealed class PictureStoryAndColumnTagTests
{
    private static PageBlock Body(string text) => new(text, 1, FontSize: 9);

    private static PageBlock Display(string text, double size = 18) => new(text, 1, FontSize: size, Hint: BlockHint.Display);

    [Theory]
    [InlineData("曹希阳图  卜  拉文")]
    [InlineData("王 强图 李小文文")]
    [InlineData("周明文  赵 刚图")]
    public void IsCredit_NameWithEachMark_IsADrawnAndWrittenCredit(string line) =>
        Assert.True(DrawnAndWrittenCreditRule.IsCredit(line));

    [Theory]
    [InlineData("看图说文")]
    [InlineData("曹希阳图")]
    [InlineData("王强图  李明图")]
    [InlineData("图说天下 美文共赏")]
    public void IsCredit_OneMarkOrNoNames_IsNoCredit(string line) =>
        Assert.False(DrawnAndWrittenCreditRule.IsCredit(line));

    [Fact]
    public void Assemble_PictureStoryInATextDump_IsTitledByItsColumnAndEndsWithItsCredit()
    {
        var issue = TextPage.Assemble(
            "图片报道",
            "人行道上停满自行车，不少城市开始建设慢行系统，将人、自行车与机动车分流。",
            "这正是：",
            "慢行有专道，",
            "出行更从容。",
            "曹希阳图  卜  拉文",
            "让初心始终闪耀（人民论坛）",
            "习近平总书记强调，不忘初心，方得始终。共产党人的初心不能改变。");

        Assert.Equal(2, issue.Articles.Count);
        var story = issue.Articles[0];
        Assert.Equal("图片报道", story.Headline);
        Assert.Equal("曹希阳图  卜  拉文", story.Paragraphs[^1]);
        Assert.Null(issue.Articles[1].Kicker);
        Assert.Equal("让初心始终闪耀（人民论坛）", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_PictureStoryOnAPdfPage_IsOneTitledItemAndItsCreditStartsNothing()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("图片报道", 11),
            Body("近日，市属公园尝试“嵌入”新兴业态，打造集文化体验、旅游休闲为一体的“公园+”。"),
            Body("室外雪纷纷，"),
            Body("屋内暖如春。"),
            Body("曹  一图  羽  生文"),
            Display("冰雪运动进校园"),
            Body("本报讯 （记者 王明）全市80所中小学今冬开设冰雪课程。"),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(ArticleKind.Photo, issue.Articles[0].Kind);
        Assert.Equal("图片报道", issue.Articles[0].Headline);
        Assert.Equal("曹  一图  羽  生文", issue.Articles[0].Paragraphs[^1]);
        Assert.Equal("冰雪运动进校园", issue.Articles[1].Headline);
    }

    [Theory]
    [InlineData("图片报道", "张 林图  赵晓文文")]   // a national daily's commentary page
    [InlineData("图说魏都", "陈 晨文  刘 洋图")]    // a district page's picture corner
    public void Assemble_CreditSetInBoldAboveTheTextSize_StillEndsThePictureStory(string column, string credit)
    {
        // The credit is set bold, a size above the 9-pt text, and the layout marks it as display type.
        var issue = PageAssembler.Assemble(
        [
            Display(column, 11),
            Body("小区门口的空地改成了口袋公园，老人下棋，孩子嬉戏，邻里多了说话的地方。"),
            Body("方寸添新绿，"),
            Body("邻里笑声多。"),
            Display(credit, 10.5),
            Display("冰雪运动进校园"),
            Body("本报讯 （记者 王明）全市80所中小学今冬开设冰雪课程。"),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(credit, issue.Articles[0].Paragraphs[^1]);
        Assert.Equal("冰雪运动进校园", issue.Articles[1].Headline);
    }

    [Theory]
    [InlineData("图片来源：《历代名臣像传》")]   // a national daily's portrait of a scholar
    [InlineData("照片来源：魏都区档案馆")]       // a district page's old photograph
    [InlineData("配图提供：东大街道办事处")]
    public void IsSource_WhereThePictureComesFrom_IsAPictureSource(string line) =>
        Assert.True(PictureSourceRule.IsSource(line));

    [Theory]
    [InlineData("图片来源广泛，内容丰富，展览吸引了众多市民。")]
    [InlineData("来源：新华社")]
    public void IsSource_SentenceOrTextSource_IsNoPictureSource(string line) =>
        Assert.False(PictureSourceRule.IsSource(line));

    [Theory]
    [InlineData("图片来源：《历代名臣像传》", "区纪委监委深化以案促改——", "把制度的笼子扎得更牢")]
    [InlineData("照片来源：魏都区档案馆", "老街坊讲述——", "七十年前的西大街")]
    public void Assemble_PictureSourceOverTheNextHead_EndsItsPieceAndHeadsNothing(string source, string leadIn, string headline)
    {
        // The source line is set in caption type, a size above the text, and read right before the next story's head.
        var issue = PageAssembler.Assemble(
        [
            Display("名家小传", 18),
            Body("欧阳修，字永叔，号醉翁，北宋文学家、史学家，著有《新唐书》《新五代史》等。"),
            Display(source, 10.5),
            Display(leadIn, 14),
            Display(headline, 22),
            Body("本报讯 近年来，区纪委监委坚持查改并进，推动案发单位堵塞漏洞、完善制度。"),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(source, issue.Articles[0].Paragraphs[^1]);
        Assert.Equal(leadIn, issue.Articles[1].Kicker);
        Assert.Equal(headline, issue.Articles[1].Headline);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_PictureColumnOfSeveralPictures_LeavesThemUntitled()
    {
        var issue = TextPage.Assemble(
            "图片新闻",
            "1月1日，游客在冰雪大世界游览。新华社记者 王凯摄",
            "1月1日，市民在公园晨练。本报记者 李娜摄");

        Assert.Equal(2, issue.Articles.Count);
        Assert.All(issue.Articles, a => Assert.Null(a.Headline));
    }

    private static PageBlock At(string text, double size, double x0, double x1, double y, BlockHint hint = BlockHint.Display) =>
        new(text, 1, FontSize: size, Bbox: new BoundingBox(x0, y, x1, y + size), Hint: hint);

    [Fact]
    public void Assemble_ColumnTagWrappedUnderAFullHeadlineLine_EndsTheHeadline()
    {
        // A narrow brief column 108 pt wide: the headline fills it, so its tag wrapped to the next line.
        var issue = PageAssembler.Assemble(
        [
            At("0∶3负于伊朗队", 9, 721, 785, 575, BlockHint.None),
            At("中国男排 无缘奥运", 11, 708, 798, 558),
            At("（动感2020）", 11, 718, 788, 545),
            At("本报北京1月12日电 （记者 季芳）中国男排在亚洲区资格赛半决赛中0∶3负于伊朗队，无缘东京奥运会。", 9, 699, 807, 447, BlockHint.None),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal("0∶3负于伊朗队", article.Kicker);
        Assert.Equal("中国男排 无缘奥运（动感2020）", article.Headline);
        Assert.Null(article.Subheadline);
    }

    [Theory]
    [InlineData(16, 57, 249)]
    [InlineData(12, 57, 249)]
    [InlineData(12, 57, 400)]
    public void Assemble_ColumnTagOnItsOwnLineByChoice_StaysTheSubheadline(double tagSize, double x0, double x1)
    {
        // A commentary over a 409 pt wide column: the headline left room for its tag, or the tag is set smaller.
        var issue = PageAssembler.Assemble(
        [
            At("让开放合作的阳光普照世界", 16, x0, x1, 322),
            At("（国际时评）", tagSize, 57, 57 + (6 * tagSize), 299),
            At("开放合作是历史潮流，互利共赢是人心所向。面对世界经济的风险挑战，各国应携手前行，共同把蛋糕做大。", 10.5, 57, 466, 200, BlockHint.None),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal("让开放合作的阳光普照世界", article.Headline);
        Assert.Equal("（国际时评）", article.Subheadline);
    }

    [Fact]
    public void Assemble_ColumnTagOnItsOwnLineInATextDump_StaysTheSubheadline()
    {
        // Without sizes and boxes nothing says the line was wrapped.
        var issue = TextPage.Assemble(
            "楼道小广告清除了",
            "（读者反馈）",
            "2019年12月2日，本版报道了小区楼道里小广告密密麻麻的问题。报道刊出后，有关部门进行了全面清除。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("楼道小广告清除了", article.Headline);
        Assert.Equal("（读者反馈）", article.Subheadline);
    }

    [Theory]
    [InlineData("（动感2020）", true)]
    [InlineData("（反馈）", true)]
    [InlineData("（下）", false)]
    [InlineData("（记者 王明）", false)]
    [InlineData("（据新华社电，有删节）", false)]
    public void IsWrappedColumnTag_ShortBracketedName_OnlyWhenNoCreditOrPartMark(string line, bool tag) =>
        Assert.Equal(tag, HeadingShapeRule.IsWrappedColumnTag(line));
}
