namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A post after a demonstrative and its measure word (这位书记, 这名书记) as the speaker refers back to the person named
/// before with that post. Made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class DemonstrativePostSpeakerRuleTests
{
    [Theory]
    [InlineData("“我们要把服务做到群众心坎上。”社区党支部书记赵芳说。这位书记告诉记者，“居民的事就是我们的事。”", "赵芳")]
    [InlineData("“村里的路灯全亮了。”魏都区西关街道党工委书记王刚说。这名书记说：“下一步要把背街小巷也照亮。”", "王刚")]
    public void Extract_DemonstrativePostAsSpeaker_IsThePersonNamedBefore(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);
}
