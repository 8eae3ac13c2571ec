namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>Review of round 38: lines of other papers where its figure rules must leave a count standing.</summary>
public sealed class Round38FalseFiringTests
{
    [Theory]
    [InlineData("全县有3个乡镇入选。新建成的3个公园都已开放。", "3个|乡镇入选|3|个|exact ; 3个|公园|3|个|exact")]
    [InlineData("全区共有5个社区。经过评审的5个项目分别获得奖励。", "5个|社区|5|个|exact ; 5个|项目|5|个|exact")]
    [InlineData("今年全年完成投资两个亿。一是工业投资，二是基建投资。", "两个|亿|2|个|exact")]
    public void Extract_Round38_CountStays(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
