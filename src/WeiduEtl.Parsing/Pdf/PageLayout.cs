using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>What the layout analysis found on one page: blocks in reading order and the pictures kept.</summary>
internal sealed record PageLayout(int Page, IReadOnlyList<PageBlock> Blocks, IReadOnlyList<PlacedImage> Images, string? PageLabel, DateOnly? IssueDate)
{
    public bool HasText => Blocks.Count > 0;
}
