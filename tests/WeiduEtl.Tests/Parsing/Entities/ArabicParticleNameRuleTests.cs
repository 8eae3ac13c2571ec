using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Dotted names with a one-letter particle between two parts (某某·本·某某, 某某·德·某某), read whole after a verb of
/// sending a message (致电, 致函). Made-up sentences in the styles of a national daily's front page and a district
/// newsletter (许昌日报 魏都区).
/// </summary>
public sealed class ArabicParticleNameRuleTests
{
    [Theory]
    [InlineData("国家主席10日致电穆罕默德·本·扎耶德·纳哈扬，祝贺他当选总统。", "穆罕默德·本·扎耶德·纳哈扬")]
    [InlineData("区友好城市协会致函米歇尔·德·蒙田，邀请他来参加文化节。", "米歇尔·德·蒙田")]
    public void Extract_OneLetterParticleBetweenParts_IsPartOfTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_OneLetterPartAtTheEnd_IsNotTaken() =>
        Assert.Contains("阿卜杜拉·哈桑", Entities.Names("记者见到了阿卜杜拉·哈桑·本。", MentionKind.Person));
}
