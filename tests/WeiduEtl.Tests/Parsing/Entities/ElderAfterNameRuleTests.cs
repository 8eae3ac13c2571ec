namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>An old person named with a word of age after the name (村民某某某老汉), on made-up lines in a county newsletter's style.</summary>
public sealed class ElderAfterNameRuleTests
{
    [Theory]
    [InlineData("“今年的苹果又大又甜！”说起新品种，果农杜长顺老汉笑得合不拢嘴。", "杜长顺")]
    [InlineData("村民韩春生大爷每天都来活动中心下棋。", "韩春生")]
    public void Extract_NameBeforeAWordOfAge_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);
}
