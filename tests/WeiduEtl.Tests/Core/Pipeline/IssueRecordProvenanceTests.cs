using System.Text;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Rows;
using WeiduEtl.Parsing.Dates;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Figures;

namespace WeiduEtl.Tests.Core.Pipeline;

/// <summary>Contract v2 provenance: every extracted row names its rule, every article where its header came from.</summary>
public sealed class IssueRecordProvenanceTests
{
    private static IssueRecord Build(ParsedArticle article) =>
        new IssueRecordBuilder(new RuleBasedFigureExtractor(), new RuleBasedDateExtractor(), new RuleBasedEntityExtractor()).Build(
            new PipelineOptions { Name = "p", Publication = "许昌日报" },
            new SourceDocument("a.txt", Encoding.UTF8.GetBytes("x"), MediaTypes.Text, new DateOnly(2023, 8, 16)),
            new ParsedIssue("魏都区", null, 1, [article], [], []),
            "text-test", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Build_ArticleWithHeader_RecordsEachHeaderFieldWithTheRuleThatStartedIt()
    {
        var record = Build(new ParsedArticle
        {
            Page = 2, Kicker = "魏都区民政局", Headline = "走访困难群众", Dateline = "本报讯",
            Contributors = [new Contributor("王远", ContributorRole.Reporter, "记者 王远")], Paragraphs = ["正文。"], StartedBy = "headline-over-credit",
        });

        var provenance = Assert.Single(record.Articles).Provenance;
        Assert.Equal(["kicker", "headline", "dateline", "byline"], provenance.Select(p => p.Field));
        Assert.All(provenance, p => Assert.Equal(new HeaderSource(p.Field, "headline-over-credit", 2), p));
    }

    [Fact]
    public void Build_BodyWithFiguresDatesPeopleAndQuotes_GivesEveryRowItsRuleAndOffsets()
    {
        const string Body = "8月15日上午，魏都区民政局局长景海燕说：“今年已发放救助金约10亿元。”";
        var record = Build(new ParsedArticle { Headline = "标题", Paragraphs = [Body], StartedBy = "headline-over-credit" });

        Assert.Equal("date-month-first", Assert.Single(record.Dates).Rule);
        Assert.Equal("figure-reader", Assert.Single(record.Figures).Rule);
        Assert.Contains(record.Mentions, m => m is { Name: "景海燕", Rule: "title-name" });
        Assert.Equal("quote-before", Assert.Single(record.Quotes).Rule);
        var spans = record.Dates.Select(d => (d.Text, d.CharStart, d.CharEnd)).Concat(record.Figures.Select(f => (f.Text, f.CharStart, f.CharEnd)))
            .Concat(record.Mentions.Select(m => (m.Text, m.CharStart, m.CharEnd))).Concat(record.Quotes.Select(q => (q.Text, q.CharStart, q.CharEnd)));
        Assert.All(spans, s => Assert.Equal(s.Text, Body[s.CharStart..s.CharEnd]));
    }
}
