namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// In a dialogue, a clause opened by a pronoun that hands the next words over with a colon (我问他：“…”他摇摇头：“…”)
/// starts the answer: the words are not more of the asker's; made-up sentences in the style of a reporter's feature.
/// </summary>
public sealed class AnswerAfterColonRuleTests
{
    [Theory]
    [InlineData("我问他：“冷不冷？”他摇摇头：“习惯了。”")]
    [InlineData("我又问：“一天能卖多少？”她想了想：“好的时候两三百斤。”")]
    public void Attribute_AnswerAfterAPronounAndColon_IsNotTheAskers(string body)
    {
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual(quotes[0].Speaker, quotes[1].Speaker);
    }

    /// <summary>Where the rule must not fire: the same speaker goes on after a clause with no subject of its own.</summary>
    [Fact]
    public void Attribute_ColonClauseWithoutASubject_ContinuesTheSpeaker()
    {
        var quotes = Entities.Extract("“路修好了。”村支书韩卫东说，接着又补了一句：“明年还要装路灯。”").Quotes;
        Assert.Equal("韩卫东", quotes[1].Speaker);
    }
}
