using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Japanese names printed surname then given name after a descriptor or a title, on made-up lines in the styles of an
/// international page and an evening paper; and the same letters where they start no name.
/// </summary>
public sealed class JapaneseNameRuleTests
{
    [Theory]
    [InlineData("日本学者山本和夫近日在接受采访时表示，两国合作前景广阔。", "山本和夫")]
    [InlineData("“中国市场潜力巨大。”日本企业家松田健一说。", "松田健一")]
    public void Extract_JapaneseNameAfterADescriptor_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("这片吉田地肥水美，村民们在井上架起了辘轳。")]
    [InlineData("会场设在清水河畔，工人们在坂本上修起护栏。")]
    public void Extract_SameLettersWithNoTitle_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
