using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// The article grammar shared by the text and PDF parsers: reads a page's blocks in reading order and
/// returns its content items. Works from text alone; uses <see cref="PageBlock.FontSize"/>,
/// <see cref="PageBlock.Hint"/>, <see cref="PageBlock.Bbox"/> and <see cref="PageBlock.Indented"/> when the
/// source supplies them.
/// </summary>
/// <remarks>
/// Decisions the dataset relies on:
/// <list type="bullet">
/// <item>Subheadings (小标题) go to <see cref="ParsedArticle.Subheadings"/> and are not body paragraphs.</item>
/// <item>文/图 on a byline credits the pictures to its reporters (to every name when it has none): they are
/// photographers too, and an uncredited caption takes that photographer as its credit.</item>
/// <item>A caption credit (X摄) adds X to the item's photographers.</item>
/// <item>A stand-alone photo item keeps its caption as its one body paragraph (so its dates and figures are
/// found) and as its one photo.</item>
/// <item>An article's bbox is the union of its blocks' boxes; a photo's bbox is its caption block's box.</item>
/// <item>Nothing is dropped silently: lines that fit nowhere are <see cref="ParsedIssue.UnplacedLines"/>;
/// page furniture, removed repeats and sentences left unfinished are <see cref="ParsedIssue.Warnings"/>.</item>
/// </list>
/// </remarks>
public static class PageAssembler
{
    /// <summary>
    /// Reads the blocks of one document (all its pages, in reading order) into its content items, with the built-in
    /// press lexicon and <paramref name="profile"/> on top of it.
    /// </summary>
    public static ParsedIssue Assemble(IReadOnlyList<PageBlock> blocks, PressProfile? profile = null) => Assemble(blocks, PressLexicon.For(profile));

    internal static ParsedIssue Assemble(IReadOnlyList<PageBlock> blocks, PressLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pageCount = blocks.Count == 0 ? 1 : Math.Max(1, blocks.Max(b => b.Page));
        var classified = BlockClassifier.Classify(blocks, lexicon);
        // A web copy's own lines (来源:X 时间:…, 上一篇 下一篇) and teasers of the page's headlines are taken out before
        // the page is read: between a headline and its text they would part the two, as nothing the page prints there does.
        var outside = classified.Where(b => b.IsOutsideFlow).ToList();
        var issue = new PageGrammar(outside.Count == 0 ? classified : classified.Where(b => !b.IsOutsideFlow).ToList(), lexicon).Read(pageCount);
        return outside.Count == 0 ? issue : issue with
        {
            IssueDate = issue.IssueDate ?? outside.Select(b => Rules.PageFurnitureRule.IssueDate(b.Text)).FirstOrDefault(d => d is not null),
            Warnings = [.. outside.Select(b => $"outside the page's flow: {b.Text}"), .. issue.Warnings],
        };
    }
}
