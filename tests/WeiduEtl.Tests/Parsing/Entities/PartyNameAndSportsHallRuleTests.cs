using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// 党 ends a party's name only after the letters party names end with (保守党, 绿党, 共产党); the party spoken of
/// (百年大党, 新时代党的建设, 改善党的领导) is no name. Sports halls are places, not bodies. Made-up sentences in the styles of
/// a national daily and a district page.
/// </summary>
public sealed class PartyNameAndSportsHallRuleTests
{
    [Theory]
    [InlineData("百年大党风华正茂，新时代党的建设开创了新局面。")]
    [InlineData("我们要不断改善党的领导，提高执政水平。")]
    [InlineData("魏都区各级干部要从百年大党的奋斗历程中汲取力量。")]
    public void Extract_PartySpokenOf_IsNoName(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("英国保守党在大选中赢得多数议席。", "英国保守党")]
    [InlineData("德国绿党支持率有所上升。", "德国绿党")]
    public void Extract_PartyName_IsABody(string body, string organisation) =>
        Assert.Equal([organisation], Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("比赛在许昌市体育馆和新建的羽毛球馆举行。")]
    [InlineData("国家击剑队在击剑馆进行封闭训练。")]
    public void Extract_SportsHall_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('馆'));
}
