using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Text;

/// <summary>
/// Parses a page dumped to text: decodes it, cuts it into blocks (<see cref="TextBlockReader"/>) and reads them
/// with the article grammar the PDF parser shares (<see cref="PageAssembler"/>).
/// </summary>
public sealed class TextIssueParser : IIssueParser
{
    public string Version => "text-1.55";

    public bool CanParse(string mediaType) => mediaType == MediaTypes.Text;

    public ParsedIssue Parse(SourceDocument document, PressProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = PressLexicon.For(profile);
        var text = TextDecoder.Decode(document.Content);
        var blocks = TextBlockReader.Read(ColumnLayoutReader.Unfold(text), lexicon);
        if (blocks.All(b => b.Hint == BlockHint.PictureGap))
        {
            throw new DocumentRejectedException("the file holds no text, only white space");
        }
        return PageAssembler.Assemble(blocks, lexicon);
    }
}
