using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// What type size tells the article grammar on a PDF page: display type heads what follows it even after a paragraph
/// cut mid-sentence (the rest of that sentence is elsewhere), and a body-size lead-in ending in —— over a headline is
/// its kicker. Made-up blocks in the styles of a national daily and a district newsletter (9 pt body).
/// </summary>
public sealed class DisplayTypeGrammarTests
{
    private static PageBlock Body(string text, bool runsOn = false) => new(text, 1, FontSize: 9) { RunsOn = runsOn };

    private static PageBlock Display(string text, double size = 18) => new(text, 1, FontSize: size, Hint: BlockHint.Display);

    [Fact]
    public void Assemble_HeadlineAfterAParagraphThatRunsOnElsewhere_StartsTheNextArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("河湖长制见实效"),
            Body("本报讯 （记者 周明）今年以来，全区河湖水质持续向好。"),
            Body("治水不能只靠一时之功，要久久为功，让一江清水", runsOn: true),
            Display("栖息在城市湿地的候鸟"),
            Body("又是一年冬候鸟归来时，城南湿地迎来了上千只白鹭。"),
            Body("观鸟爱好者说，今年来的鸟比往年多了不少。"),
        ]);

        Assert.Equal(["河湖长制见实效", "栖息在城市湿地的候鸟"], issue.Articles.Select(a => a.Headline));
        Assert.DoesNotContain("候鸟", issue.Articles[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_BodySizeLeadInOverABoxedBriefsHeadline_IsItsKicker()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("简讯", 12),
            Body("安徽金寨——"),
            Display("茶园冬管忙", 11),
            Body("日前，金寨县茶农抓住晴好天气，为茶园培土施肥，为来年春茶丰收打下基础。"),
        ]);

        var brief = Assert.Single(issue.Articles);
        Assert.Equal("安徽金寨——", brief.Kicker);
        Assert.Equal("茶园冬管忙", brief.Headline);
    }
}
