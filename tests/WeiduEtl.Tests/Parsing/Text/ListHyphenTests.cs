using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>A list page's hyphen bullet before an item's title (- 某市举办…) is no part of the title.</summary>
public sealed class ListHyphenTests
{
    [Theory]
    [InlineData("- 丹江市举办庆祝建党百年书画作品展", "丹江市举办庆祝建党百年书画作品展")]
    [InlineData("－ 青川县老年大学：举行重阳节文艺演出", "青川县老年大学：举行重阳节文艺演出")]
    [InlineData("-  北塘街道开展垃圾分类入户宣传", "北塘街道开展垃圾分类入户宣传")]
    [InlineData("-\u3000河西区新增三处口袋公园", "河西区新增三处口袋公园")]
    public void WithoutListHyphen_AHyphenAndSpaceBeforeAHeadingShapedTitle_IsDropped(string line, string title) =>
        Assert.Equal(title, TextBlockReader.WithoutListHyphen(line));

    [Theory]
    [InlineData("——记市劳动模范王建国")]
    [InlineData("-- 本期导读")]
    [InlineData("- 昨天上午，市里召开了全市安全生产工作会议，部署下一阶段工作。")]
    [InlineData("-5℃至3℃，有小雪")]
    [InlineData("— 市民李先生")]
    [InlineData("- 5℃至3℃")]
    [InlineData("- 0.5个百分点")]
    public void WithoutListHyphen_ADashASentenceOrANegativeNumber_StaysAsPrinted(string line) =>
        Assert.Equal(line, TextBlockReader.WithoutListHyphen(line));

    [Fact]
    public void Read_ListOfHyphenedItems_GivesTitlesWithoutBullets()
    {
        var blocks = TextBlockReader.Read("- 丹江市举办书画作品展\n\n6月25日，书画作品展在市美术馆开展。\n\n- 青川县举行文艺演出\n\n演出在广场举行。");

        Assert.Equal(["丹江市举办书画作品展", "6月25日，书画作品展在市美术馆开展。", "青川县举行文艺演出", "演出在广场举行。"], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("记者/海宁", "海宁")]
    [InlineData("本报记者/王建国", "王建国")]
    [InlineData("通讯员/李小红", "李小红")]
    public void Byline_ASlashBetweenRoleWordAndName_NamesTheReporter(string line, string name)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var contributors));
        Assert.Equal(name, Assert.Single(contributors).Name);
    }

    [Theory]
    [InlineData("记者/摄影")]
    [InlineData("城市/记者")]
    public void Byline_ASlashBeforeNoName_IsNoByline(string line) =>
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));

    [Theory]
    [InlineData("06/28")]
    [InlineData("12/01")]
    [InlineData("2021/06/28")]
    public void Furniture_AMonthAndDayWithSlashes_IsFurniture(string line) =>
        Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("1/3")]
    [InlineData("13/28")]
    [InlineData("06/28 记者走进社区")]
    public void Furniture_AFractionOrADateInALine_IsNoFurniture(string line) =>
        Assert.False(PageFurnitureRule.IsFurniture(line));
}
