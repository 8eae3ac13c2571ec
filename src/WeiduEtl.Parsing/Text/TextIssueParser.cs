using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Text;

/// <summary>Parses a page dumped to text. (Placeholder: one article of all paragraphs until the article parser lands.)</summary>
public sealed class TextIssueParser : IIssueParser
{
    public string Version => "text-0.1";

    public bool CanParse(string mediaType) => mediaType == MediaTypes.Text;

    public ParsedIssue Parse(SourceDocument document)
    {
        var text = TextDecoder.Decode(document.Content);
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            throw new DocumentRejectedException("the file holds no text, only white space");
        }
        var article = new ParsedArticle { Headline = paragraphs[0], Paragraphs = paragraphs.Skip(1).ToList() };
        return new ParsedIssue(null, null, 1, [article], [], []);
    }
}
