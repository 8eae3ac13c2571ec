using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Lines of other papers the round's rules misread: ASCII marks pairing round a term inside a quotation are no close of it,
/// a surnamed phrase after 家住…的 (田姓老人) is no full name, 农业 alone before a bank or a university opens its name, and a
/// name's last letter before 土地 is no manner word's first. Made-up sentences in a repost site's, a county media centre's
/// and an evening paper's style.
/// </summary>
public sealed class AsciiCloseAndResidentFalseFiringTests
{
    [Fact]
    public void Extract_AsciiPairInsideAQuotationRunningOn_KeepsTheQuotationWhole()
    {
        var quotes = Entities.Extract("“我们把这次活动叫作\"暖心行动\",大家都很支持。\n“明年还要接着办。”村支书王建华说。").Quotes;
        Assert.Contains("我们把这次活动叫作\"暖心行动\",大家都很支持。", quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_AsciiCloseAfterAnAsciiPairedTerm_ClosesAfterTheSentence()
    {
        var quote = Assert.Single(Entities.Extract("“我们把它叫作\"连心桥\"。\"村支书王建华说。").Quotes);
        Assert.Equal(("我们把它叫作\"连心桥\"。", "王建华"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void Extract_AsciiPairAfterASentenceEndInsideAQuotationRunningOn_KeepsTheQuotationWhole()
    {
        var quotes = Entities.Extract("“他喊了一声\"快跑!\"就冲了进去。\n“后来大家都安全了。”消防员王强说。").Quotes;
        Assert.Contains("他喊了一声\"快跑!\"就冲了进去。", quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_SurnamedPhraseAfterWhereThePersonLives_IsNoFullName() =>
        Assert.DoesNotContain(Entities.People("“环境好多了。”家住附近的田姓老人说。"), p => p.Name.Length == 3);

    [Theory]
    [InlineData("他到农业银行办理了贷款。", "农业银行")]
    [InlineData("他考入农业大学。", "农业大学")]
    public void Extract_BankOrUniversityNamedByFarming_IsAnOrganisation(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_NameBeforeANounEndingIn地_KeepsItsLastLetter() =>
        Assert.Equal("李建国", Entities.OnlyQuote("“这回放心了。”村民李建国土地确权后说。").Speaker);
}
