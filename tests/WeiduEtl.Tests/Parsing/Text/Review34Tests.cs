namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>Review of round 34's outside-the-flow marks and scene-name captions, on made-up pages.</summary>
public sealed class Review34Tests
{
    [Theory]
    [InlineData("2022-06-18")]
    [InlineData("2021/08/20 10:30")]
    [InlineData("星期五")]
    public void Assemble_HeadlineOverABareDateOverItsText_StaysTheHead(string date)
    {
        var issue = TextPage.Assemble(
            "老街换新颜 居民笑开颜",
            date,
            "6月17日，西城区老街改造完工，青石板路、仿古路灯让这条百年老街焕发新生。",
            "居民们纷纷走出家门，在街头拍照留念。");
        Assert.Equal("老街换新颜 居民笑开颜", Assert.Single(issue.Articles).Headline);
    }

    [Theory]
    [InlineData("新闻现场")]
    [InlineData("直击现场")]
    public void Assemble_ColumnNameEndingInScene_StaysTheKicker(string kicker)
    {
        var issue = TextPage.Assemble(
            kicker,
            "跨江大桥顺利合龙",
            "本报讯（记者 周平）6月16日，跨江大桥主桥顺利合龙，标志着大桥建设进入冲刺阶段。",
            "据介绍，大桥预计年底通车。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("跨江大桥顺利合龙", article.Headline);
        Assert.Equal(kicker, article.Kicker);
    }

    [Fact]
    public void Assemble_EditorLineOfTwoCredits_StillClosesTheArticle()
    {
        var issue = TextPage.Assemble(
            "跨江大桥顺利合龙",
            "本报讯（记者 周平）6月16日，跨江大桥主桥顺利合龙，标志着大桥建设进入冲刺阶段。",
            "责任编辑：张红 编辑：李明",
            "据介绍，全市今年共有12座桥梁开工建设，年底前将陆续完工。");
        var first = issue.Articles[0];
        Assert.DoesNotContain(first.Paragraphs, p => p.StartsWith("据介绍", StringComparison.Ordinal));
    }
}
