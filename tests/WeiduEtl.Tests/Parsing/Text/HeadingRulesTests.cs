using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>Display type from text alone, and how a headline group splits.</summary>
public sealed class HeadingRulesTests
{
    [Theory]
    [InlineData("守护城市烟火气")]
    [InlineData("让开放合作的阳光普照世界")]
    [InlineData("我市召开会议，部署秋粮收购工作")]
    [InlineData("鹿鸣湖社区:服务商户零距离 点亮“宜业兴业”星")]
    public void IsStrict_Headline_IsDisplayType(string line)
    {
        Assert.True(HeadingShapeRule.IsStrict(line));
    }

    [Theory]
    [InlineData("感亲切。")]
    [InlineData("“来许昌卖瓜,城管不撵,安心!”这")]
    [InlineData("他们通过服务型执法,")]
    [InlineData("……")]
    [InlineData("1.")]
    public void IsLoose_BodyFragment_IsNotDisplayType(string line)
    {
        Assert.False(HeadingShapeRule.IsLoose(line));
    }

    [Fact]
    public void IsStrict_FragmentWithEnumerationComma_IsNotAStandAloneHeading()
    {
        const string fragment = "为给辖区商户提供更加干净、整";

        Assert.True(HeadingShapeRule.IsLoose(fragment));
        Assert.False(HeadingShapeRule.IsStrict(fragment));
    }

    [Theory]
    [InlineData("——各地加强仓容调度，确保农民售粮顺畅")]
    [InlineData("（国际时评）")]
    [InlineData("【评论员观察】")]
    public void IsMarkedSubheadline_DashOrBrackets_IsMarked(string line)
    {
        Assert.True(HeadingShapeRule.IsMarkedSubheadline(line));
    }

    [Fact]
    public void Split_TwoUnmarkedLines_AreKickerAndHeadline()
    {
        var g = HeadlineGroupRule.Split([("市卫健委", null), ("家庭医生签约覆盖率达75%", null)]);

        Assert.Equal("市卫健委", g.Kicker);
        Assert.Equal("家庭医生签约覆盖率达75%", g.Headline);
        Assert.Null(g.Subheadline);
    }

    [Fact]
    public void Split_DashedSecondLine_IsSubheadlineWithoutTheDash()
    {
        var g = HeadlineGroupRule.Split([("全国秋粮收购进度过半", null), ("——各地加强仓容调度", null)]);

        Assert.Null(g.Kicker);
        Assert.Equal("全国秋粮收购进度过半", g.Headline);
        Assert.Equal("各地加强仓容调度", g.Subheadline);
    }

    [Fact]
    public void Split_ThreeLines_AreKickerHeadlineSubheadline()
    {
        var g = HeadlineGroupRule.Split([("聚焦高质量发展", null), ("制造业投资较快增长", null), ("前三季度同比增长9.2%", null)]);

        Assert.Equal(("聚焦高质量发展", "制造业投资较快增长", "前三季度同比增长9.2%"), (g.Kicker, g.Headline, g.Subheadline));
    }

    [Fact]
    public void Split_WithLetterSizes_LargestPrintIsTheHeadline()
    {
        var g = HeadlineGroupRule.Split([("制造业投资较快增长", 28.0), ("前三季度同比增长9.2%", 16.0), ("记者从市统计局获悉", 14.0)]);

        Assert.Null(g.Kicker);
        Assert.Equal("制造业投资较快增长", g.Headline);
        Assert.Equal("前三季度同比增长9.2%记者从市统计局获悉", g.Subheadline);
    }

    [Fact]
    public void Split_HeadlineOverTwoBlocksOfTheSameSize_JoinsThem()
    {
        var g = HeadlineGroupRule.Split([("区财政局", 14.0), ("深圳领存公司", 24.0), ("签约集成电路项目", 24.0)]);

        Assert.Equal("区财政局", g.Kicker);
        Assert.Equal("深圳领存公司签约集成电路项目", g.Headline);
    }

    [Fact]
    public void Split_StaggeredTwoLineHeadlineAsTwoBlocks_IsOneHeadline()
    {
        var g = HeadlineGroupRule.Split([("边境小城的", 22.0), ("开放新故事", 22.0)]);

        Assert.Equal(((string?)null, "边境小城的开放新故事"), (g.Kicker, g.Headline));
    }

    [Fact]
    public void Split_WithLetterSizes_BracketedLastLineIsTheSubheadlineWhateverItsSize()
    {
        var g = HeadlineGroupRule.Split([("莫让形式主义挤占基层精力", 10.5), ("【新论】", 10.5)]);

        Assert.Equal(((string?)null, "莫让形式主义挤占基层精力", "【新论】"), (g.Kicker, g.Headline, g.Subheadline));
    }

    [Theory]
    [InlineData("一、加强组织领导")]
    [InlineData("（二）守住安全底线")]
    public void IsStrict_NumberedSubheading_IsDisplayType(string line)
    {
        Assert.True(HeadingShapeRule.IsStrict(line));
    }
}
