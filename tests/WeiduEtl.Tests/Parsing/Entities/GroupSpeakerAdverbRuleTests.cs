using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// An adverb of when or how together a group speaks (当即, 随即) stands between the group and its verb and is no
/// part of the speaker, on made-up sentences in the styles of a district page and a national daily.
/// </summary>
public sealed class GroupSpeakerAdverbRuleTests
{
    [Theory]
    [InlineData("“记下了，马上办。”参会的社区干部当即表示。", "社区干部")]
    [InlineData("参会的党员干部随即表示“一定照办，请大家放心。”", "党员干部")]
    public void Extract_AdverbBetweenAGroupAndItsVerb_IsNoPartOfTheSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Fact]
    public void Extract_GroupBeforeAnAdverb_SpeaksAsPrintedAndIsNoPerson()
    {
        const string body = "“这下放心了。”参会的居民当即表示。";

        Assert.Equal("居民", Entities.OnlyQuote(body).Speaker);
        Assert.Empty(Entities.Names(body, MentionKind.Person));
    }
}
