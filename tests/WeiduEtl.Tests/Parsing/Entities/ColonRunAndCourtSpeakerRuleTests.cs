namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Made-up lines in the styles of a county culture page, a court report and a readers' page: a paragraph ending in a
/// colon whose speaker says the whole run of quotation paragraphs after it; a court's parties speaking with 辩称 or
/// 诉称; a reader named by a kind and a form of address. And runs that a paragraph of narration ends, or that no colon
/// opens, which keep their own speakers.
/// </summary>
public sealed class ColonRunAndCourtSpeakerRuleTests
{
    [Fact]
    public void Attribute_RunOfQuotationParagraphsAfterAColon_IsTheColonSpeakers()
    {
        const string body = "区文旅局局长陈海峰在座谈会上谈到今年的打算：\n“第一，要把老街的业态调整好。”\n“第二，要让游客留得住。”\n“第三，要让居民得实惠。”";
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("陈海峰", q.Speaker));
    }

    [Fact]
    public void Attribute_QuotationAfterANarrationParagraph_EndsTheRun()
    {
        const string body = "区文旅局局长陈海峰在座谈会上谈到今年的打算：\n“第一，要把老街的业态调整好。”\n市人民医院院长吴卫东随后发言。\n“医院将开设夜间门诊。”吴卫东说。";
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(["陈海峰", "吴卫东"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Attribute_RunAfterAParagraphEndingInAStop_IsNoColonRun()
    {
        const string body = "区文旅局局长陈海峰在座谈会上谈到了今年的打算。\n“第一，要把老街的业态调整好。”\n“第二，要让游客留得住。”\n“第三，要让居民得实惠。”";
        Assert.DoesNotContain(Entities.Extract(body).Quotes, q => q.Rule == "quote-colon-run");
    }

    [Fact]
    public void Attribute_QuotationParagraphsWithoutAColon_KeepTheirOwnSpeakers()
    {
        const string body = "“比赛还没结束。”主教练赵志刚说。\n“下一场我们全力以赴。”\n“我会把握住机会。”队长孙磊表示。";
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal("孙磊", quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("庭审中，被告人的辩护律师高建平辩称，“我的当事人并不知情。”", "高建平")]
    [InlineData("原告代理人吴海燕诉称：“被告拖欠货款长达两年。”", "吴海燕")]
    public void Attribute_CourtPartyWithItsVerb_Speaks(string body, string speaker) =>
        Assert.Contains(speaker, Entities.OnlyQuote(body).Speaker ?? "");

    [Theory]
    [InlineData("读者李女士来信反映：“楼下烧烤店每天营业到凌晨，噪声扰民。”", "李女士")]
    [InlineData("近日，市民张先生打来热线电话：“小区门口的路灯坏了一个月。”", "张先生")]
    public void Attribute_KindAndFormOfAddress_IsThatPerson(string body, string speaker) =>
        Assert.Contains(speaker, Entities.OnlyQuote(body).Speaker ?? "");
}
