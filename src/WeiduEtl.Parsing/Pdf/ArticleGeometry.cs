using System.Text;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Puts the layout back onto the grammar's articles: each block is traced to the article whose text holds it
/// (in reading order, so short blocks such as （魏宣） go to the article at hand) and the article's bbox is the
/// union of its blocks and pictures on its page; each picture goes to the photo whose caption its caption block
/// holds, else to the article it sits in, else to the page's loose photos.
/// </summary>
internal static class ArticleGeometry
{
    private const int ProbeLength = 12;

    public static ParsedIssue Attach(ParsedIssue issue, IReadOnlyList<PageLayout> pages, PressLexicon lexicon)
    {
        var articles = issue.Articles.ToList();
        var boxes = TraceBlocks(articles, pages.SelectMany(p => p.Blocks).Where(b => b.Hint != BlockHint.PageFurniture));
        var photos = articles.Select(a => a.Photos.ToList()).ToList();
        var loose = issue.LoosePhotos.ToList();
        var used = new HashSet<ParsedPhoto>(ReferenceEqualityComparer.Instance);
        foreach (var image in pages.SelectMany(p => p.Images))
        {
            var photo = new ParsedPhoto(null, null, image.Page, image.Box.ToBoundingBox(), image.Image);
            if (image.Caption is { } caption && FindCaptioned(photos, loose, caption, used) is { } match)
            {
                var placed = match.Photo with { Bbox = photo.Bbox, Image = photo.Image };
                used.Add(placed);
                match.List[match.Index] = placed;
                if (match.Article >= 0)
                {
                    boxes[match.Article] = Grow(boxes[match.Article], articles[match.Article].Page, image.Page, image.Box);
                }
                continue;
            }
            if (image.Caption is { } unmatched && PhotoCreditRule.Match(unmatched.Text, lexicon) is { } credit)
            {
                photo = photo with { Caption = credit.Caption, Credit = credit.Credit };
            }
            else if (image.Caption is { } plain)
            {
                photo = photo with { Caption = plain.Text };
            }
            var home = Enumerable.Range(0, articles.Count)
                .FirstOrDefault(i => articles[i].Page == image.Page && boxes[i] is { } b && b.Contains(image.Box.CenterX, image.Box.CenterY), -1);
            used.Add(photo);
            if (home >= 0)
            {
                photos[home].Add(photo);
            }
            else
            {
                loose.Add(photo);
            }
        }
        var placedArticles = articles.Select((a, i) => a with { Photos = photos[i], Bbox = boxes[i]?.ToBoundingBox() ?? a.Bbox }).ToList();
        return issue with { Articles = placedArticles, LoosePhotos = loose };
    }

    private static Box?[] TraceBlocks(List<ParsedArticle> articles, IEnumerable<PageBlock> blocks)
    {
        var prints = articles.Select(Fingerprint).ToList();
        var boxes = new Box?[articles.Count];
        var cursor = 0;
        foreach (var block in blocks)
        {
            // The grammar strips a （下转第3版） jump from the article's text; the block is traced by the rest.
            var key = Compact(JumpLineRule.StripContinuedOn(block.Text) ?? block.Text);
            if (key.Length == 0 || block.Bbox is null || articles.Count == 0)
            {
                continue;
            }
            var head = key[..Math.Min(ProbeLength, key.Length)];
            var tail = key[^Math.Min(ProbeLength, key.Length)..];
            for (var step = 0; step < articles.Count; step++)
            {
                var i = (cursor + step) % articles.Count;
                if (prints[i].Contains(head, StringComparison.Ordinal) || prints[i].Contains(tail, StringComparison.Ordinal))
                {
                    var b = block.Bbox;
                    boxes[i] = Grow(boxes[i], articles[i].Page, block.Page, new Box(b.X0, b.Y0, b.X1, b.Y1));
                    cursor = i;
                    break;
                }
            }
        }
        return boxes;
    }

    private static Box? Grow(Box? current, int articlePage, int page, Box box) =>
        articlePage != page ? current : current is { } c ? c.Union(box) : box;

    private static (List<ParsedPhoto> List, int Index, int Article, ParsedPhoto Photo)? FindCaptioned(
        List<List<ParsedPhoto>> photos, List<ParsedPhoto> loose, PageBlock caption, HashSet<ParsedPhoto> used)
    {
        var key = Compact(caption.Text);
        for (var a = -1; a < photos.Count; a++)
        {
            var list = a < 0 ? loose : photos[a];
            for (var i = 0; i < list.Count; i++)
            {
                var photo = list[i];
                if (!used.Contains(photo) && photo.Image is null && photo.Caption is { Length: > 0 } text && key.Contains(Compact(text), StringComparison.Ordinal))
                {
                    return (list, i, a, photo);
                }
            }
        }
        return null;
    }

    private static string Fingerprint(ParsedArticle article)
    {
        var parts = new List<string?> { article.Section, article.Kicker, article.Headline, article.Subheadline, article.Dateline, article.SourceTag };
        parts.AddRange(article.Contributors.Select(c => c.CreditText));
        parts.AddRange(article.Subheadings);
        parts.AddRange(article.Paragraphs);
        parts.AddRange(article.Photos.SelectMany(p => new[] { p.Caption, p.Credit }));
        return Compact(string.Join('\u0001', parts.Where(p => p is not null)));
    }

    /// <summary>Text without white space, for comparing a block with the article text made from it.</summary>
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\u3000')
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }
}
