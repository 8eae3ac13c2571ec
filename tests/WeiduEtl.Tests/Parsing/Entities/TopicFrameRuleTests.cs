namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A frame of topic between the speaker and the verb (某某谈到…时说), on made-up lines in the styles of an evening paper's
/// arts page and a county newsletter; the topic is no speaker, and a topic verb with no 时 frames nothing.
/// </summary>
public sealed class TopicFrameRuleTests
{
    [Theory]
    [InlineData("老编剧孙立平谈到写戏的诀窍时说：“人物立住了，戏就立住了。”", "孙立平")]
    [InlineData("退休教师冯志远回忆起当年教书的日子时感慨地说：“那时候条件苦，可心里甜。”", "冯志远")]
    public void Attribute_TopicFrameBeforeTheVerb_TheOneBeforeItSpeaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
