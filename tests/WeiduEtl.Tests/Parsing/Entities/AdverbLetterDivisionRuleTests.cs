using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A division of three letters whose first letter is also an adverb (正, 将, 会) opening a body's name, on made-up lines in
/// the styles of a county work report and a court column; and the adverb before a bare level and kind, which opens no name.
/// </summary>
public sealed class AdverbLetterDivisionRuleTests
{
    [Theory]
    [InlineData("去年，正定县政府新建改建农村公路120公里。", "正定县政府")]
    [InlineData("将乐县人民法院近日审结一起非法采砂案。", "将乐县人民法院")]
    [InlineData("他先后受到盟公安处、正蓝旗政府的表彰。", "正蓝旗政府")]
    public void Extract_DivisionOpeningWithAnAdverbsLetter_OpensTheBody(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("他们将县医院的病人转往市里。")]
    // 和 is a stop letter but a conjunction, not an adverb: before a level and kind it opens no name (市里和|县政府), though
    // 和县 is also a county's name.
    [InlineData("市里和县政府联合督办。")]
    public void Extract_AdverbBeforeALevelAndAKind_OpensNoName(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.StartsWith('将') || n.StartsWith('和'));
}
