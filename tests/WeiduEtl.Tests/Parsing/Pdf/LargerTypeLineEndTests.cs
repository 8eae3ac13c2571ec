using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// A line set larger than the text that fills its narrow column reads as a full line running on; a paragraph keeps its
/// type size, so it runs on only into text in the same size. Made-up blocks of a national daily's five-column page
/// (9 pt text, 10 pt bold piece titles) and a district newsletter (10.5 pt text, an 11.5 pt lead running over two columns).
/// </summary>
public sealed class LargerTypeLineEndTests
{
    [Fact]
    public void Settle_PieceTitleFillingItsColumnOverBodyText_IsALineOfItsOwn()
    {
        var blocks = new List<PageBlock>
        {
            new("中国发生的可喜变化是全方位的", 1, FontSize: 10) { RunsOn = true },
            new("（泰国）功·塔帕朗西", 1, FontSize: 9),
            new("在中国共产党的领导下，中国保持了政策的延续性。", 1, FontSize: 9),
        };

        LargerTypeLineEnd.Settle(blocks, 9);

        Assert.False(blocks[0].RunsOn);
    }

    [Fact]
    public void Settle_LeadInLargerTypeRunningIntoTheNextColumnInTheSameSize_StillRunsOn()
    {
        var blocks = new List<PageBlock>
        {
            new("今年以来，区里把老旧小区改造作为头号民生工程，", 1, FontSize: 11.5) { RunsOn = true },
            new("", 1, Hint: BlockHint.PictureGap),
            new("全年完成改造小区四十二个，惠及居民一万余户。", 1, FontSize: 11.5),
        };

        LargerTypeLineEnd.Settle(blocks, 10.5);

        Assert.True(blocks[0].RunsOn);
    }

    [Fact]
    public void Settle_BodyTextRunningOnBeforeADisplayLine_IsLeftAsItIs()
    {
        var blocks = new List<PageBlock>
        {
            new("居民们说，改造后的小区道路平整了，", 1, FontSize: 10.5) { RunsOn = true },
            new("网格员的一天", 1, FontSize: 15, Hint: BlockHint.Display),
        };

        LargerTypeLineEnd.Settle(blocks, 10.5);

        Assert.True(blocks[0].RunsOn);
    }
}
