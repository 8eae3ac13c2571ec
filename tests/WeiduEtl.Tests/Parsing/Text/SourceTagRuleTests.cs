using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class SourceTagRuleTests
{
    [Theory]
    [InlineData("(南宣)", "南宣")]
    [InlineData("（区融媒体中心）", "区融媒体中心")]
    [InlineData("（据新华社）", "据新华社")]
    public void MatchBlock_BracketedTag_ReturnsTagWithoutBrackets(string line, string tag)
    {
        var note = SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn);

        Assert.Equal(TrailingNoteKind.SourceTag, note?.Kind);
        Assert.Equal(tag, note?.Text);
    }

    [Fact]
    public void MatchBlock_BracketedCredits_ReturnsContributors()
    {
        var note = SourceTagRule.MatchBlock("（记者 闫凯 通讯员 路遥）", PressLexicon.BuiltIn);

        Assert.Equal(TrailingNoteKind.Credits, note?.Kind);
        Assert.Equal(2, note?.Contributors.Count);
    }

    [Theory]
    [InlineData("（新华社北京1月1日电 记者林森、周敏、王岚）", "新华社北京1月1日电", 3)]
    [InlineData("（本报南京12月2日电 记者 何平 通讯员 张一鸣）", "本报南京12月2日电", 2)]
    public void MatchBlock_DatelineWithReportersInOneBracket_IsADatelineWithItsReporters(string line, string dateline, int people)
    {
        var note = SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn);

        Assert.Equal(TrailingNoteKind.Dateline, note?.Kind);
        Assert.Equal(dateline, note?.Text);
        Assert.Equal(people, note?.Contributors.Count);
    }

    [Theory]
    [InlineData("（完）")]
    [InlineData("——完——")]
    public void MatchBlock_EndMark_ClosesTheItem(string line)
    {
        Assert.Equal(TrailingNoteKind.End, SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn)?.Kind);
    }

    [Fact]
    public void MatchBlock_EditorLine_IsNotASourceTag()
    {
        Assert.Null(SourceTagRule.MatchBlock("（责编：孙立平）", PressLexicon.BuiltIn));
    }

    [Fact]
    public void SplitTrailing_TagAfterLastSentence_IsCutOffTheParagraph()
    {
        var split = SourceTagRule.SplitTrailing("会议要求，各单位要抓好落实。（东宣）", PressLexicon.BuiltIn);

        Assert.NotNull(split);
        Assert.Equal("会议要求，各单位要抓好落实。", split.Value.Paragraph);
        Assert.Equal("东宣", split.Value.Note.Text);
    }

    [Fact]
    public void SplitTrailing_BracketInsideSentence_IsLeftAlone()
    {
        Assert.Null(SourceTagRule.SplitTrailing("全市共有社区卫生服务中心（站）", PressLexicon.BuiltIn));
    }

    [Fact]
    public void MatchBlock_TagNamingANewspaper_KeepsTheBookTitleMarks()
    {
        Assert.Equal("据《光明日报》", SourceTagRule.MatchBlock("（据《光明日报》）", PressLexicon.BuiltIn)?.Text);
    }
}
