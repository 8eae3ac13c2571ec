using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A three-letter "name" whose given part is one of the commonest nouns (农村人|居环境) is no name however often the article
/// repeats it, and a two-letter one that is a word of a spot (居民|楼下) is none either, on made-up lines in the styles of a
/// county paper's rural page, a city daily's renovation report and a regional daily; names whose given part is a rarer
/// word (光明, 建国) stay.
/// </summary>
public sealed class CommonNounGivenNameRuleTests
{
    [Theory]
    [InlineData("持续开展农村人居环境整治行动，改善农村人居环境，建设美丽乡村。")]
    [InlineData("该镇把改善农村人居环境作为头等大事，如今农村人居环境焕然一新。")]
    [InlineData("全县农村人居环境持续向好，农村人居环境整治获评先进。")]
    public void Extract_GivenNameThatIsACommonNoun_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("局长张光明表示，将加大投入。", "张光明")]
    [InlineData("村党支部书记王建国说，今年收成好。", "王建国")]
    public void Extract_GivenNameThatIsARarerWord_StaysAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("居民楼下，规划的车位有效利用了空间。")]
    [InlineData("居民楼上，新装的护栏已经完工。")]
    [InlineData("村民房里，新收的玉米堆成了小山。")]
    public void Extract_TwoLettersThatAreASpot_AreNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_DescriptorAndARealNameWithTheSameSurname_StaysAPerson() =>
        Assert.Contains("林强", Entities.Names("在楼下，记者遇到了居民林强。", MentionKind.Person));
}
