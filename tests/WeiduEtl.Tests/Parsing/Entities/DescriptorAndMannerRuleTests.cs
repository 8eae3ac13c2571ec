using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A name after a descriptor followed by where or how its bearer sets about something (站在, 主动, 千里, 毅然, 默默),
/// and the fallen a commentary names (革命烈士某某), on made-up sentences in the styles of a district page and a national daily.
/// </summary>
public sealed class DescriptorAndMannerRuleTests
{
    [Theory]
    [InlineData("68岁的刘桂芝站在院门口，招呼邻居们进屋。", "刘桂芝")]
    [InlineData("魏都区扶贫干部张红梅主动请缨，回到老家东沟村。", "张红梅")]
    [InlineData("退伍老兵李建国千里赴任，扎根山村。", "李建国")]
    [InlineData("老党员孙德明毅然捐出积蓄。", "孙德明")]
    [InlineData("志愿者周丽华默默守护着老人。", "周丽华")]
    public void Extract_NameAfterADescriptorBeforeHowItActs_IsAPerson(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_FallenNamedInACommentary_IsAPersonAndSpeaks()
    {
        const string body = "“我们的事业一定会胜利！”革命烈士陈树华这样写道。";

        Assert.Equal(["陈树华"], Entities.Names(body, MentionKind.Person));
        Assert.Equal("陈树华", Entities.OnlyQuote(body).Speaker);
    }
}
