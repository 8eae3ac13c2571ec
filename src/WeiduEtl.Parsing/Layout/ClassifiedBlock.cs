using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>A block with what the rules found in it.</summary>
internal sealed record ClassifiedBlock(PageBlock Block, string Text, BlockKind Kind)
{
    /// <summary>Display type that may stand on its own (a subheading, a brief's title).</summary>
    public bool IsStrictHeading { get; init; }
    public DatelineMatch? Dateline { get; init; }

    /// <summary>A credit that ends its item as its last line (a picture story's 曹希阳图  卜  拉文).</summary>
    public bool ClosesItem { get; init; }

    /// <summary>An address to write or call (栏目邮箱：…): a line of the item before it, even one its credit closed.</summary>
    public bool IsContactLine { get; init; }

    /// <summary>
    /// A line outside the page's flow, taken out before it is read: a line a news site or e-paper reader printed around
    /// the copied page (来源:X 时间:…, 上一篇), or a teaser of headlines the page prints again below.
    /// </summary>
    public bool IsOutsideFlow { get; init; }
    public IReadOnlyList<Contributor> Byline { get; init; } = [];
    public CaptionMatch? Caption { get; init; }
    public TrailingNote? Note { get; init; }
    public (string Name, ArticleKind Kind)? Section { get; init; }

    /// <summary>Letter size over the body text's size, when the layout gave sizes.</summary>
    public double? SizeRatio { get; init; }

    /// <summary>A byline that credits only photographers (吴迪摄, 图/李四): a picture's credit, not a writer's.</summary>
    public bool IsPhotographerByline => Kind == BlockKind.Byline && Byline.Count > 0 && Byline.All(c => c.Role == ContributorRole.Photographer);

    /// <summary>
    /// Without letter sizes, a line that reads as a piece of running text a column end cut off (<see cref="ProseLineRule"/>):
    /// never display type, whatever its shape.
    /// </summary>
    public bool IsCutProse => Block.FontSize is null && ProseLineRule.ReadsAsProse(Text);

    /// <summary>A picture's credit: a caption carrying it, or a photographers' byline.</summary>
    public bool IsPictureCredit => Kind == BlockKind.CreditedCaption || IsPhotographerByline;
}
