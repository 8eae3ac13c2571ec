using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class TextBlockReaderTests
{
    [Fact]
    public void Read_ThreeBlankLinesInADumpWithOneBlankBetweenParagraphs_IsAPictureGap()
    {
        var blocks = TextBlockReader.Read("第一段。\n\n第二段，\n\n\n\n图片说明\n\n接着写。");

        Assert.Equal([BlockHint.None, BlockHint.None, BlockHint.PictureGap, BlockHint.None, BlockHint.None], blocks.Select(b => b.Hint));
    }

    [Fact]
    public void Read_ConsecutiveLines_AreOneBlockJoinedWithoutSeparator()
    {
        var blocks = TextBlockReader.Read("深圳领存公司\n签约集成电路项目\n\n正文。");

        Assert.Equal("深圳领存公司签约集成电路项目", blocks[0].Text);
    }

    [Fact]
    public void Read_CrlfAndFullWidthIndents_StartParagraphsAtIndents()
    {
        var blocks = TextBlockReader.Read("标题一行\r\n　　第一段第一行\r\n接第一段。\r\n　　第二段。\r\n");

        Assert.Equal(["标题一行", "第一段第一行接第一段。", "第二段。"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_BylineOnTheLineUnderTheHeadline_IsItsOwnBlock()
    {
        var blocks = TextBlockReader.Read("城北新区打造十分钟生活圈\n本报记者 任重\n今年以来，城北新区新建社区食堂6家。");

        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Read_FormFeed_StartsTheNextPage()
    {
        var blocks = TextBlockReader.Read("第一版正文。\f第二版正文。");

        Assert.Equal([1, 2], blocks.Select(b => b.Page));
    }

    [Fact]
    public void GapThreshold_DumpWithoutBlankLinesBetweenParagraphs_IsTwo()
    {
        Assert.Equal(2, TextBlockReader.GapThreshold(["　　第一段。", "　　第二段。", "　　第三段。"]));
        Assert.Equal(3, TextBlockReader.GapThreshold(["第一段。", "", "第二段。", "", "第三段。"]));
    }

    [Fact]
    public void Read_WebCopyWithOneParagraphPerLine_MakesEachLineAParagraph()
    {
        var blocks = TextBlockReader.Read(
            "近日，城北新区新建社区食堂6家、便民超市12家，居民步行十分钟即可买菜、就餐、看病，生活更加便利。\n" +
            "社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠，深受周边居民欢迎，日均就餐人数超过三百人次。\n" +
            "下一步，城北新区将继续完善便民服务设施布局，推动十分钟生活圈覆盖全部社区，让更多居民受益。");

        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Read_WrappedDumpWithoutIndents_EndsAParagraphAtAShortFinishedLine()
    {
        var blocks = TextBlockReader.Read(
            "社区食堂每天供应早、中、晚三餐，老年\n人就餐享受八折优惠，深受周边居民欢迎\n。\n下一步，城北新区将继续完善便民服务\n设施布局，让更多居民受益。");

        Assert.Equal(["社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠，深受周边居民欢迎。", "下一步，城北新区将继续完善便民服务设施布局，让更多居民受益。"], blocks.Select(b => b.Text));
    }
}
