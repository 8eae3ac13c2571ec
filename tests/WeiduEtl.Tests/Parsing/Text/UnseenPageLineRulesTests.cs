using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>The line rules that the corpus of another paper showed missing, on made-up lines in several papers' styles.</summary>
public sealed class UnseenPageLineRulesTests
{
    [Theory]
    [InlineData("第5版 文化")]
    [InlineData("第05版：魏都区")]
    [InlineData("第十二版 国际新闻")]
    public void IsFurniture_PageNumberWithEditionName_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("第5版面的设计获得好评。")]
    [InlineData("文化")]
    public void IsFurniture_TextThatOnlyMentionsAPage_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("（本报科威特城1月1日电）", "本报科威特城1月1日电")]
    [InlineData("（新华社东京3月2日电）", "新华社东京3月2日电")]
    public void MatchBlock_BracketedDatelineAlone_IsATrailingDateline(string line, string dateline)
    {
        var note = SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn);
        Assert.Equal(TrailingNoteKind.Dateline, note?.Kind);
        Assert.Equal(dateline, note?.Text);
    }

    [Theory]
    [InlineData("刘帅冶摄（人民视觉）", "刘帅冶摄")]
    [InlineData("本报记者 张三 摄（视觉中国）", "本报记者 张三 摄")]
    public void WithoutAgency_CreditWithPictureAgency_DropsTheAgency(string line, string credit) =>
        Assert.Equal(credit, PhotoCreditRule.WithoutAgency(line));

    [Theory]
    [InlineData("江城夜市又添新去处（城事观察）")]
    [InlineData("把好政策送到群众心坎上（今日谈）")]
    public void WithoutAgency_HeadlineWithColumnTag_IsNoCredit(string line) => Assert.Null(PhotoCreditRule.WithoutAgency(line));

    [Theory]
    [InlineData("核心阅读", true)]
    [InlineData("【相关链接】", true)]
    [InlineData("● 人物小传", true)]
    [InlineData("核心阅读材料很多", false)]
    [InlineData("链接全球市场", false)]
    public void IsLabel_BoxLabels(string line, bool expected) => Assert.Equal(expected, BoxLabelRule.IsLabel(line, PressLexicon.BuiltIn));

    [Theory]
    [InlineData("根治欠薪彰显治理温度（江南时评）", true)]
    [InlineData("让老街区焕发新活力（城事观察·一线见闻）", true)]
    [InlineData("（一）加强组织领导", false)]
    [InlineData("南湖街道老旧楼院换新颜（记者 任重）", false)]
    [InlineData("社区食堂开张了", false)]
    public void HasColumnTag(string line, bool expected) => Assert.Equal(expected, HeadingShapeRule.HasColumnTag(line));

    [Theory]
    [InlineData(new[] { "各地抢抓农时，确保麦苗安全越冬——", "千里麦田披绿装" }, true)]
    [InlineData(new[] { "千里麦田披绿装", "——记豫东平原的冬管时节" }, true)]
    [InlineData(new[] { "抓落实", "楼栋议事天天有人管" }, false)]
    public void IsMarkedGroup(string[] lines, bool expected) => Assert.Equal(expected, HeadlineGroupRule.IsMarkedGroup(lines));

    [Theory]
    [InlineData("纪检监察机关深化标本兼治——", true)]
    [InlineData("我们要做的是——", true)]
    [InlineData("千里麦田披绿装", false)]
    public void IsLeadIn(string line, bool expected) => Assert.Equal(expected, HeadingShapeRule.IsLeadIn(line));

    [Theory]
    [InlineData("（作者为湖南某大学马克思主义学院教授）")]
    [InlineData("(作者系江城市社科院研究员、副院长)")]
    [InlineData("（执笔：王建华）")]                     // a national daily's theory piece, written for a study group
    [InlineData("（执笔人：区委党校 李明）")]              // a district page's study notes
    public void MatchBlock_AuthorNote_IsAnAuthorNote(string line) => Assert.Equal(TrailingNoteKind.AuthorNote, SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn)?.Kind);
}
