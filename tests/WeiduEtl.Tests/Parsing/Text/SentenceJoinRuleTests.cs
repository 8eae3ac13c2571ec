using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class SentenceJoinRuleTests
{
    [Theory]
    [InlineData("让在外就餐露宿生活的瓜农倍", "感亲切。", "让在外就餐露宿生活的瓜农倍感亲切。")]
    [InlineData("与商户建立良好的双向沟通机", "制;同时,通过平台发布信息。", "与商户建立良好的双向沟通机制;同时,通过平台发布信息。")]
    [InlineData("检测指标从9项增加到4", "2项。", "检测指标从9项增加到42项。")]
    public void Join_SentenceCutByColumnOrPicture_IsRejoined(string before, string after, string joined)
    {
        Assert.True(SentenceJoinRule.IsOpen(before));
        Assert.Equal(joined, SentenceJoinRule.Join(before, after));
    }

    [Fact]
    public void Join_CutRepeatedAtTheTopOfTheNextColumn_KeepsItOnce()
    {
        Assert.Equal("加快配套产业化，降低生产成本。", SentenceJoinRule.Join("加快配套产业化，降低生", "产业化，降低生产成本。"));
    }

    [Theory]
    [InlineData("他说：“我们一定办好。”")]
    [InlineData("活动持续到月底！")]
    [InlineData("……")]
    public void IsOpen_FinishedParagraph_IsClosed(string paragraph)
    {
        Assert.False(SentenceJoinRule.IsOpen(paragraph));
    }

    [Fact]
    public void IsRepeatedFragment_DumpPrintedTheLastLineTwice_IsDetected()
    {
        const string previous = "进一步补强产业链，促进产业生态逐步发展壮大，为建设先行区提供不竭动力。";

        Assert.True(SentenceJoinRule.IsRepeatedFragment(previous, "态逐步发展壮大，为建设先行区提供不竭动力。"));
        Assert.False(SentenceJoinRule.IsRepeatedFragment(previous, "不竭动力。"));
    }
}
