using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Packages: a title with no text of its own, or only an editor's note signed ——编者, over two or more pieces in a
/// row that each carry a headline and a credit right under it (本报记者 X; （泰国）X). A special page's report from
/// several places, a series of guest pieces: the paper prints it as one article, so it is one item, the pieces'
/// header lines its subheadings. The package ends at the first item that is not such a piece, on whichever sheet of the
/// page it stands (a page printed on two PDF pages runs its pieces on).
/// </summary>
internal sealed partial class PageGrammar
{
    private const int MinPackagePieces = 2;

    /// <summary>
    /// A title over a piece's header in one display run, told by what a piece's header cannot hold: a title that
    /// carries its column tag (讲述亲历故事（风从东方来…） over 中国发生的…), or two header lines over a lead-in
    /// (矢志创新攻坚 / ——…巡礼（下） over 获得者X—— / 这样炼成).
    /// </summary>
    private static int PackageTitleLength(List<ClassifiedBlock> run)
    {
        if (run.Count >= 2 && HeadingShapeRule.HasColumnTag(run[0].Text) && !HeadingShapeRule.IsMarkedSubheadline(run[1].Text))
        {
            return 1;
        }
        if (run.Count < MaxHeadlineLines)
        {
            return 0;
        }
        for (var k = 1; k <= 2; k++)
        {
            var titled = k == 1 || HeadingShapeRule.IsMarkedSubheadline(run[1].Text);
            if (titled && HeadingShapeRule.IsLeadIn(run[k].Text) && !HeadingShapeRule.IsLeadIn(run[k - 1].Text))
            {
                return k;
            }
        }
        return 0;
    }

    private void GatherPackages()
    {
        for (var k = 0; k < items.Count; k++)
        {
            var title = items[k];
            if (!IsPackageTitle(title))
            {
                continue;
            }
            var end = k + 1;
            while (end < items.Count && (IsCreditedPiece(items[end]) || IsHeadlessPieceBetween(end)))
            {
                end++;
            }
            if (end - k - 1 < MinPackagePieces)
            {
                continue;
            }
            foreach (var piece in items[(k + 1)..end])
            {
                title.Absorb(piece);
            }
            items.RemoveRange(k + 1, end - k - 1);
        }
    }

    /// <summary>
    /// No text of its own, or an editor's note: its signature last, or followed only by the first piece's lead-in
    /// (冲洗一列…三圈——) when that is set in body type.
    /// </summary>
    private static bool IsPackageTitle(ArticleBuilder a)
    {
        if (a is not { Kind: ArticleKind.Article, Headline: not null, Dateline: null, Contributors.Count: 0 })
        {
            return false;
        }
        var signature = a.Paragraphs.FindLastIndex(EditorsNoteRule.IsSignature);
        return a.Paragraphs.Count == 0
            || (signature >= 0 && a.Paragraphs.Skip(signature + 1).All(HeadingShapeRule.IsLeadIn));
    }

    /// <summary>
    /// A piece whose header the layout lost, so that it starts at its credit, between two credited pieces of the package:
    /// the package's run of pieces goes on through it.
    /// </summary>
    private bool IsHeadlessPieceBetween(int k) =>
        items[k] is { Kind: ArticleKind.Article, Headline: null, StartedBy: StartRules.BylineWithoutHeadline, Contributors.Count: > 0 }
        && k + 1 < items.Count && IsCreditedPiece(items[k + 1]);

    private static bool IsCreditedPiece(ArticleBuilder a) =>
        a is { Kind: ArticleKind.Article, Headline: not null, Dateline: null, StartedBy: StartRules.HeadlineOverCredit, Contributors.Count: > 0 };
}
