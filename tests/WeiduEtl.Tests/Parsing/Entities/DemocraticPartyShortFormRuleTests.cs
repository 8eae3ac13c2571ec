using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The democratic parties by their short names (民盟, 民进, 民建, 民革, 九三学社) are organisations where they stand alone in a
/// list or a clause; the same two letters inside everyday words (人民进行, 网民建言, 村民建设) and 民进党 are none of them.
/// Made-up sentences in a city daily's front page, a political consultative report's and a web copy's style.
/// </summary>
public sealed class DemocraticPartyShortFormRuleTests
{
    [Theory]
    [InlineData("他参加政协会议的民盟、民进、教育界联组讨论。", new[] { "民盟", "民进" })]
    [InlineData("民建和民革的委员们围绕营商环境建言。", new[] { "民建", "民革" })]
    [InlineData("座谈会上,九三学社、台盟代表先后发言。", new[] { "九三学社", "台盟" })]
    [InlineData("提案人：民盟中央", new[] { "民盟中央" })]
    public void Extract_PartyShortFormStandingAlone_IsAnOrganisation(string body, string[] parties)
    {
        var organisations = Entities.Names(body, MentionKind.Organisation);
        Assert.All(parties, party => Assert.Contains(party, organisations));
    }

    [Theory]
    [InlineData("我们要团结带领人民进行伟大斗争。")]
    [InlineData("开展网民建言征集活动,帮助村民建设农家宾馆。")]
    [InlineData("民进党当局蓄意破坏两岸关系。")]
    public void Extract_ShortFormLettersInsideAWord_AreNoParty(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), name => name is "民进" or "民建");
}
