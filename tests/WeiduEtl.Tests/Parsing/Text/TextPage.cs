using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>A made-up page as its blocks of text, read by the article grammar; "&lt;picture&gt;" stands for a picture cut.</summary>
internal static class TextPage
{
    public const string Picture = "<picture>";

    public static ParsedIssue Assemble(params string[] blocks) =>
        PageAssembler.Assemble(blocks.Select(t => t == Picture ? new PageBlock("", Hint: BlockHint.PictureGap) : new PageBlock(t)).ToList());
}
