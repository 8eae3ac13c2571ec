using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers found by who the passage is about rather than by a verb of saying right beside the quotation: pronouns,
/// forms of address, the subject before a colon or a comma, lead quotations, first-person words, and names without a
/// Han surname. Lines from the rule-writing pages (20200102-07, 20200113-06, 20200113-19) and made-up ones in the style
/// of a reporter's first-person feature.
/// </summary>
public sealed class SubjectSpeakerRuleTests
{
    [Fact]
    public void Extract_PronounAfterASentenceAboutTwoPeople_IsItsSubject()
    {
        var quote = Assert.Single(Entities.Extract("研究员王立新在教授周其林课题组工作了20多年，他说：“周先生教学生从来不是说让学生怎么怎么样，而是言传身教、做给学生看。”").Quotes);
        Assert.Equal("王立新", quote.Speaker);
    }

    [Fact]
    public void Extract_LongClauseBeforeTheVerb_NameRightBeforeTheVerbSpeaks()
    {
        var found = Entities.Extract("“周老师很少有着急的时候，从来没有因为实验进展缓慢批评过我们。”2000年跟周其林读研究生、现为南开大学化学院院长的朱守非告诉记者，当时他刚受聘长江学者。");
        Assert.Equal(("朱守非", "quote-after"), (found.Quotes[0].Speaker, found.Quotes[0].Rule));
    }

    [Theory]
    [InlineData("这一奖项的第一完成人，是中国科学院院士、南开大学教授周其林。", "周其林")]
    [InlineData("村党支部书记格桑多吉告诉记者，全村已实现脱贫。", "格桑多吉")]
    public void Extract_NameWithQiOrTibetanName_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Theory]
    [InlineData("焦义刚在做产品的无障碍优化时，也深感人才的缺乏：“视障者上网的思维方式、使用习惯，与健全人不同。”", "焦义刚", "quote-colon")]
    [InlineData("听到“老”字，老游努努嘴，“还不老，身体棒着呢。”", "老游", "quote-comma-subject")]
    [InlineData("早上六点，我跟着郭姐走进仓库。她一边搬货一边说：“年前最忙，一天要发三百多单。”", "郭姐", "quote-before")]
    [InlineData("“搞研究一定要把‘解决科学问题’作为第一目标。”周其林毫不犹豫地回答。", "周其林", "quote-after")]
    [InlineData("一次次拿铜线做实验，这曾让研究员秦经刚犯了难。“2008年我们特意从国外请了专家来指导，断线问题仍无法解决。”", "秦经刚", "quote-in-focus")]
    public void Extract_SubjectOfThePassage_IsTheSpeaker(string body, string speaker, string rule) =>
        Assert.Equal((speaker, rule), Entities.OnlyQuote(body));

    [Fact]
    public void Extract_QuotationOpeningTheArticle_IsSaidByTheFirstPersonItsParagraphNames()
    {
        var quote = Entities.Extract("“可别小瞧了这条路上的小门面，一年能赚十几万呢。”年关将至，河南兰考张庄村的幸福路上大雪纷飞。都说瑞雪兆丰年，走在路上的村党支部书记申学风心里暖意融融，一点儿不觉得冷。").Quotes[0];
        Assert.Equal(("申学风", "quote-lead"), (quote.Speaker, quote.Rule));
    }

    [Fact]
    public void Extract_QuotationOverTwoParagraphs_IsOneSpeakers()
    {
        var quotes = Entities.Extract("“我在这里干了二十年，从没见过这么好的光景。\n“现在好了，孩子们上学再也不用走山路了。”老支书赵德福说。").Quotes;
        Assert.Equal(["赵德福", "赵德福"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Extract_FirstPersonWordsAfterASubheading_AreNotTheLastSectionsSpeakers()
    {
        var quote = Entities.Extract("村委会主任肉孜说，这些年变化很大。\n多年愿望成现实\n“我当了30多年村干部，真是感慨万千。”").Quotes.Single(q => q.Text.StartsWith("我当了", StringComparison.Ordinal));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_ReporterAsking_IsNoSpeaker() =>
        Assert.Equal(((string?)null, "quote-unattributed"), Entities.OnlyQuote("“这样做的效果如何？”记者问。"));

    [Fact]
    public void Extract_FormOfAddress_IsNoPersonMention() =>
        Assert.DoesNotContain(Entities.Extract("开车的是李师傅。一路上，他不停地给我们介绍：“这条路去年才修通。”").Mentions, m => m.Kind == MentionKind.Person);
}
