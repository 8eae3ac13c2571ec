using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>A picture kept from a page, where it sits, and the caption block found under or beside it.</summary>
internal sealed record PlacedImage(int Page, Box Box, PageImage Image)
{
    public PageBlock? Caption { get; init; }
}
