using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A digest page's furniture and columns: the lunar date under the date line, 图: and the outlet a picture was taken
/// from, a column's name in 【】 over a headline. Made-up lines in the styles of a morning paper's digest, a county
/// weekly and a city daily's front.
/// </summary>
public sealed class DigestPageTests
{
    [Theory]
    [InlineData("农历五月十二")]
    [InlineData("农历己亥年腊月初八")]
    [InlineData("农历闰四月廿三")]
    [InlineData("农历十一月三十 星期五")]
    public void IsFurniture_LunarDateAlone_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("农历新年将至")]
    [InlineData("农历五月初五端午节")]
    [InlineData("农历正月十五闹元宵")]
    public void IsFurniture_LunarDateInAPhrase_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("图:人民日报")]
    [InlineData("图／新华社")]
    [InlineData("图片：东江新闻网")]
    public void IsSource_PictureFromAnOutlet_IsSource(string line) => Assert.True(PictureSourceRule.IsSource(line));

    [Theory]
    [InlineData("图：游客在古镇拍照留念")]
    [InlineData("图：本报记者 王明 摄")]
    [InlineData("图说：一张报纸的变迁")]
    [InlineData("图：渔民在晾晒渔网")]
    [InlineData("图：新成立的合作社")]
    [InlineData("图:村里的电商服务社")]
    public void IsSource_PictureDescribedOrCredited_IsNot(string line) => Assert.False(PictureSourceRule.IsSource(line));

    [Fact]
    public void Assemble_ColumnNameInBracketsOverHeadline_IsTheColumnNotTheKicker()
    {
        var issue = TextPage.Assemble(
            "【今日关注】",
            "★城南人行天桥月底完工",
            "6月15日凌晨，城南人行天桥施工现场一片繁忙，主桥已完成吊装。",
            "【精准扶贫】",
            "★林业局为扶贫村铺就“致富路”",
            "6月14日，茶山村2.5公里的产业路正式开工建设。");
        Assert.Equal(2, issue.Articles.Count);
        Assert.All(issue.Articles, a => Assert.Null(a.Kicker));
        Assert.Equal("林业局为扶贫村铺就“致富路”", issue.Articles[1].Headline);
        Assert.Equal("【精准扶贫】", issue.Articles[1].Section);
    }

    [Fact]
    public void Assemble_LongBracketedLineOverHeadline_StaysTheKicker()
    {
        var issue = TextPage.Assemble(
            "【2024年度全市十大民生实事之一】",
            "城南人行天桥月底完工",
            "本报讯（记者 周平）6月15日凌晨，城南人行天桥施工现场一片繁忙，主桥已完成吊装。");
        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Section);
        Assert.Equal("城南人行天桥月底完工", article.Headline);
    }
}
