using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A labelled standfirst between a head and its dated text. Made-up lines in the styles of a city daily's e-paper, a
/// county site's repost and a provincial daily's feature page.
/// </summary>
public sealed class StandfirstTests
{
    [Theory]
    [InlineData("核心提示：连日来，城西街道联合共建单位整治河滩，获得居民称赞。")]
    [InlineData("内容提要: 全市夏粮收购进度过半，收购价格保持稳定。")]
    [InlineData("导读：古城墙修缮中发现一批明代城砖。")]
    public void IsStandfirst_LabelledSummary_IsStandfirst(string line) => Assert.True(StandfirstRule.IsStandfirst(line));

    [Theory]
    [InlineData("提要")]
    [InlineData("核心提示：")]
    [InlineData("他在导读课上说：要读原著。")]
    public void IsStandfirst_LabelAloneOrProse_IsNot(string line) => Assert.False(StandfirstRule.IsStandfirst(line));

    [Theory]
    [InlineData("核心提示：连日来，城西街道联合共建单位整治河滩、改造路面，解决多个难点问题，获得居民称赞。")]
    [InlineData("内容提要：城西街道整治河滩、改造路面。居民说，河滩变漂亮了。")]
    [InlineData("导读：河滩整治一周，清理垃圾49车。")]
    public void Assemble_StandfirstOverTheDateline_OnePiece(string standfirst)
    {
        var issue = TextPage.Assemble(
            "城西社区整治河滩",
            standfirst,
            "滨江日报讯（记者 周平 通讯员 林海）连日来，城西街道清风社区联合共建单位开展行动，整治辖区河滩。",
            "“以前这个河滩荒草丛生，现在变得漂亮多了。”居民陈伯说。");
        var only = Assert.Single(issue.Articles);
        Assert.Equal("城西社区整治河滩", only.Headline);
    }

    [Fact]
    public void Assemble_UnlabelledParagraphOverADateline_StartsASecondPiece()
    {
        var issue = TextPage.Assemble(
            "城西社区整治河滩",
            "连日来，城西街道联合共建单位整治河滩、改造路面，解决多个难点问题。居民纷纷点赞，称河滩变漂亮了。",
            "滨江日报讯（记者 周平 通讯员 林海）连日来，城西街道清风社区联合共建单位开展行动，整治辖区河滩。");
        Assert.Equal(2, issue.Articles.Count);
    }
}
