namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A newspaper's or a magazine's name in book marks right before a post (《某某日报》副总编辑): the
/// publication is the body the post belongs to. A book's or a film's title (《平凡的世界》作者) ends in no such letter.
/// </summary>
internal static class PublicationTitles
{
    private const int MaxLength = 16;

    /// <summary>The last letters of a newspaper's or a magazine's name (日报, 周刊, 杂志).</summary>
    private static readonly CharSet Endings = new("报刊志");

    /// <summary>Where the publication's title that ends right before <paramref name="titleStart"/> opens (at 《), or null.</summary>
    public static int? StartEndingAt(string body, int titleStart)
    {
        if (titleStart < 3 || body[titleStart - 1] != '》' || !Endings.Contains(body[titleStart - 2]))
        {
            return null;
        }
        var open = body.LastIndexOf('《', titleStart - 2, Math.Min(MaxLength, titleStart - 1));
        return open >= 0 && body.IndexOf('》', open, titleStart - 1 - open) < 0 ? open : null;
    }
}
