using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Two full names before 等 and a number that counts people (某某某、某某某等|15位委员, 等|3人, 等|20多名代表): only people
/// are counted by 位, 名 and 人, so the two are a list of names. Made-up lines in the styles of a national daily's session
/// report, a county daily's award notice and an evening paper; a count of places or of times (等5个县市, 等3人次) reads none.
/// </summary>
public sealed class CountAfterEtcRuleTests
{
    [Theory]
    [InlineData("全体会议上，罗建平、孟晓峰等15位委员围绕乡村振兴作了发言。", new[] { "罗建平", "孟晓峰" })]
    [InlineData("经评审，王建国、刘立新等3人获评年度“最美乡村医生”。", new[] { "王建国", "刘立新" })]
    [InlineData("昨天，郑秀芬、韩德明等20多名人大代表来到工地视察。", new[] { "郑秀芬", "韩德明" })]
    public void Extract_TwoFullNamesBeforeACountOfPeople_AreAList(string body, string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("张家港、昆山等5个县市参加了比赛。")]
    [InlineData("高质量、高标准等3项要求写进了方案。")]
    public void Extract_CountOfNoPeopleAfterEtc_ReadsNoList(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
