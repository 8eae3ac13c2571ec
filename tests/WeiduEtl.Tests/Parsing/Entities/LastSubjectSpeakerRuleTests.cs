namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A quotation opening its paragraph, and a next sentence that names several people and ends in a verb of saying: the
/// last subject says it, on made-up lines in the styles of a sports page and a county newsletter; a hearer after 对 or 向
/// is no subject.
/// </summary>
public sealed class LastSubjectSpeakerRuleTests
{
    [Theory]
    [InlineData("“别灰心，再练一年就行。”那天训练结束，小将孙浩然躺在地上不肯起来，教练周国栋走过去，拍着他的后背说。", "周国栋")]
    [InlineData("“是男子汉就站起来！”一天晚上，队里休整，队员孙浩然一直不说话，眼泪流了下来，师傅周国栋看在眼里，拍着他的肩头说。", "周国栋")]
    [InlineData("“这笔账要算清楚。”会后，会计钱小梅把账本摆在桌上，村支书吴德胜翻了几页，严肃地说。", "吴德胜")]
    [InlineData("“路修好了，果子就好卖了。”听完汇报，县长赵立群对村民刘桂香说。", "赵立群")]
    public void Attribute_NextSentenceEndingInAVerbOfSaying_ItsLastSubjectSpeaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
