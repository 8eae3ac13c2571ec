using WeiduEtl.Parsing.Dates;

namespace WeiduEtl.Tests.Parsing.Dates;

public sealed class YearInferenceTests
{
    private readonly RuleBasedDateExtractor _extractor = new();

    [Fact]
    public void InferYear_HistoryAndCurrentWorkDocument_TakesTheLatestYear()
    {
        Assert.Equal(2023, _extractor.InferYear(["成立于2021年4月", "于2021年10月份交付", "印发了《关于做好2023年流浪乞讨人员救助工作的通知》"]));
    }

    [Fact]
    public void InferYear_TargetYears_AreLeftOut()
    {
        Assert.Equal(2023, _extractor.InferYear(["2023年全区新增就业1.2万人", "力争到2025年建成", "2035年前基本实现"]));
    }

    [Fact]
    public void InferYear_AsOfAndRanges_Count()
    {
        Assert.Equal(2023, _extractor.InferYear(["截至2023年6月底", "2020年"]));
        Assert.Equal(2024, _extractor.InferYear(["2021年至2024年连续四年"]));
    }

    [Fact]
    public void InferYear_ChineseAndNumericYears_Count()
    {
        Assert.Equal(2022, _extractor.InferYear(["二〇二二年八月"]));
        Assert.Equal(2024, _extractor.InferYear(["发布时间：2024-03-05"]));
    }

    [Fact]
    public void InferYear_NoYearPrinted_IsNull()
    {
        Assert.Null(_extractor.InferYear(["8月15日，魏都区签约", "300年历史", "23年"]));
    }

    [Fact]
    public void InferYear_SeedPage_Is2023()
    {
        Assert.Equal(2023, _extractor.InferYear(WeiduEtl.Tests.Parsing.Figures.SeedPage.Lines()));
    }
}
