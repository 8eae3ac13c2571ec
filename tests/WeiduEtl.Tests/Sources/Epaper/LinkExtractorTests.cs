using WeiduEtl.Sources.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

public sealed class LinkExtractorTests
{
    private static readonly Uri Page = new("https://paper.example.cn/html/2023-08/01/node_5.htm");

    [Fact]
    public void Extract_RelativeLinks_ResolvedAgainstThePage()
    {
        var links = LinkExtractor.Extract("""<a href="../../../images/2023-08/01/05/2023080105_pdf.pdf">PDF下载</a><a href="node_6.htm">第06版：文化</a>""", Page);

        Assert.Equal(
            ["https://paper.example.cn/images/2023-08/01/05/2023080105_pdf.pdf", "https://paper.example.cn/html/2023-08/01/node_6.htm"],
            links.Select(l => l.Url));
        Assert.Equal("第06版：文化", links[1].Label);
    }

    [Fact]
    public void Extract_BaseHref_IsHonoured()
    {
        var links = LinkExtractor.Extract("""<html><head><base href="https://cdn.example.cn/paper/"></head><body><a href="p5.pdf">PDF</a></body></html>""", Page);

        Assert.Equal("https://cdn.example.cn/paper/p5.pdf", Assert.Single(links).Url);
    }

    [Fact]
    public void Extract_AreaAndAnchorToOnePage_MergeIntoOneLinkWithBothLabels()
    {
        var links = LinkExtractor.Extract("""<map><area href="node_5.htm#top" alt="魏都区"></map><a href="node_5.htm" title="第05版">第05版：魏都区</a>""", Page);

        var link = Assert.Single(links);
        Assert.Equal(Page.AbsoluteUri, link.Url);
        Assert.Contains("第05版：魏都区", link.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NonHttpLinksAndFragments_AreSkipped()
    {
        var links = LinkExtractor.Extract("""<a href="javascript:void(0)">打印</a><a href="mailto:x@example.cn">投稿</a><a href="#top">顶部</a><a href="ftp://paper.example.cn/a.pdf">ftp</a><a href=" ">空</a>""", Page);

        Assert.Empty(links);
    }
}
