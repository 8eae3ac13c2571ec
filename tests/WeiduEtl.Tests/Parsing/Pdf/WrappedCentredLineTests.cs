using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// A two-line subheading at the foot of a column whose second line did not fit: it breaks off mid-word, the rest
/// centred at the head of the next column. Made-up blocks of a four-column feature page, 9 pt body (PDF points, y up).
/// </summary>
public sealed class WrappedCentredLineTests
{
    private static PageBlock Line(string text, double x0, double y0, double x1, double y1) =>
        new(text, 1, 9, new BoundingBox(x0, y0, x1, y1));

    private static List<PageBlock> Page(PageBlock foot, PageBlock rest) =>
    [
        Line("去年以来，沿线各市检察机关联合开展专项监督，办理案件120件，督促清理河道垃圾3万吨。", 427, 673, 615, 838),
        Line("区域联动", 503, 656, 539, 665),
        foot,
        rest,
        Line("“上游排污，下游遭殃，过去各管一段，问题总也解决不了。”一位基层检察官说。", 626, 931, 814, 1031),
    ];

    [Fact]
    public void Join_CentredLineBrokenOffAtAColumnFoot_TakesItsRestFromTheNextColumnsHead()
    {
        var blocks = Page(Line("建立跨市联席会议制度，推动流域共治落地见", 431, 639, 611, 648), Line("实效", 711, 1039, 729, 1048));

        WrappedCentredLine.Join(blocks);

        Assert.Equal(4, blocks.Count);
        Assert.Equal("建立跨市联席会议制度，推动流域共治落地见实效", blocks[2].Text);
    }

    [Fact]
    public void Join_JustifiedLineOfTextAtAColumnFoot_IsLeftAlone()
    {
        var blocks = Page(Line("建立跨市联席会议制度，推动流域共治落地见", 427, 639, 615, 648), Line("实效", 711, 1039, 729, 1048));

        WrappedCentredLine.Join(blocks);

        Assert.Equal(5, blocks.Count);
    }

    [Fact]
    public void Join_FlushLeftShortLineAtTheNextColumnsHead_IsLeftAlone()
    {
        var blocks = Page(Line("建立跨市联席会议制度，推动流域共治落地见", 431, 639, 611, 648), Line("实效。", 626, 1039, 653, 1048));

        WrappedCentredLine.Join(blocks);

        Assert.Equal(5, blocks.Count);
    }
}
