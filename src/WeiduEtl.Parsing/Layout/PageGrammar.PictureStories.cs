using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// A picture column (图片报道) that holds one untitled picture and its text is a picture story titled by the column's
/// name: the paper prints that name as the story's headline. A column of several pictures is a column, and its items
/// stay untitled.
/// </summary>
internal sealed partial class PageGrammar
{
    private void TitlePictureStories()
    {
        foreach (var column in items.Where(a => a is { Kind: ArticleKind.Photo, Section: not null }).GroupBy(a => (a.Page, a.Section)))
        {
            if (column.Count() == 1 && column.First() is { Headline: null, Kicker: null, Paragraphs.Count: > 0 } story)
            {
                story.Headline = story.Section;
            }
        }
    }
}
