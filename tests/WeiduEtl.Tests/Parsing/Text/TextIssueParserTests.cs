using System.Text;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class TextIssueParserTests
{
    private static SourceDocument Doc(string text) => new("pages/p.txt", Encoding.UTF8.GetBytes(text), MediaTypes.Text);

    [Fact]
    public void Parse_WhiteSpaceOnly_IsRejectedWithReason()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new TextIssueParser().Parse(Doc("\r\n　　\r\n")));

        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageLabelOverHeadline_IsTheIssueLabelNotAnArticle()
    {
        var issue = new TextIssueParser().Parse(Doc("长青县\r\n\r\n县城新添两座口袋公园\r\n\r\n本报记者 任重\r\n\r\n　　近日，两座口袋公园建成开放。"));

        Assert.Equal("长青县", issue.PageLabel);
        Assert.Equal("县城新添两座口袋公园", Assert.Single(issue.Articles).Headline);
    }

    [Fact]
    public void Version_IsTheRuleBasedParser()
    {
        Assert.StartsWith("text-1", new TextIssueParser().Version, StringComparison.Ordinal);
    }
}
