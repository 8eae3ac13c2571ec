using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Reading ahead of a display line to tell a subheading from the headline of an article that carries no credit
/// at its head. A text dump gives no letter sizes, so only the shape of what follows can tell them apart.
/// </summary>
internal sealed partial class PageGrammar
{
    /// <summary>The fewest letters of a lone display line read as a story's headline over a news lead.</summary>
    private const int MinNewsHeadlineLength = 10;

    /// <summary>The stretch after the display run that ends before <paramref name="from"/>.</summary>
    private StretchAhead ReadAhead(int from)
    {
        var page = blocks[from - 1].Block.Page;
        var paragraphs = 0;
        var candidates = 0;
        for (var k = NextIndex(from); k >= 0 && blocks[k].Block.Page == page; k = NextIndex(k + 1))
        {
            var b = blocks[k];
            if (b.IsPictureCredit)
            {
                // A picture's credit ends a stretch only when nothing of the text runs on after it.
                if (NothingRunsOnAfter(k))
                {
                    return new StretchAhead(paragraphs, candidates, EndsInCredit: true);
                }
                continue;
            }
            switch (b.Kind)
            {
                case BlockKind.Furniture or BlockKind.Section or BlockKind.Byline or BlockKind.Dateline:
                    return new StretchAhead(paragraphs, candidates, EndsInCredit: false);
                case BlockKind.Note when b.Note is { } note:
                    return new StretchAhead(paragraphs, candidates, IsCredit(note.Kind));
                case BlockKind.Heading:
                    var run = HeadingRun(k);
                    if (run.TrueForAll(r => HeadingShapeRule.IsNumbered(r.Text)))
                    {
                        // 一、报名条件 divides the text it stands in: no subheading that could be a headline.
                        k += run.Count - 1;
                        break;
                    }
                    if (!HasTwoLineSubheadingShape(run) && StartsItem(k))
                    {
                        return new StretchAhead(paragraphs, candidates, EndsInCredit: false);
                    }
                    if (NextBlock(k + run.Count)?.Kind is not (BlockKind.Body or BlockKind.Caption or BlockKind.CreditedCaption))
                    {
                        // A 小标题 has text of its own under it: a line with none (a source line at a page's foot) heads no section.
                        k += run.Count - 1;
                        break;
                    }
                    if (run.Count == 1 && b.IsCutProse)
                    {
                        // A piece of a paragraph a column end cut off: text, not a subheading.
                        paragraphs++;
                        break;
                    }
                    candidates++;
                    k += run.Count - 1;
                    break;
                case BlockKind.Body:
                    paragraphs++;
                    if (SourceTagRule.SplitTrailing(b.Text, lexicon) is var (_, trailing))
                    {
                        return new StretchAhead(paragraphs, candidates, IsCredit(trailing.Kind));
                    }
                    break;
            }
        }
        return new StretchAhead(paragraphs, candidates, EndsInCredit: false);
    }

    private static bool IsCredit(TrailingNoteKind kind) => kind is TrailingNoteKind.Dateline or TrailingNoteKind.Credits;

    /// <summary>After the block at <paramref name="k"/> comes a display line, a column, page furniture or nothing: no text runs on.</summary>
    private bool NothingRunsOnAfter(int k) => NextBlock(k + 1)?.Kind is null or BlockKind.Heading or BlockKind.Section or BlockKind.Furniture;

    /// <summary>
    /// Without letter sizes, a display line inside an open article heads an article of its own when what follows reads
    /// as one. It must be the only display line of both the open article and the stretch: a lone 小标题 is rare, as
    /// sections come in twos and more. Then either the stretch ends in a credit of its own（本报柏林1月12日电）, a
    /// reporter's（本报记者 X）or a picture's (X摄) while the open article was credited at its head, so two reports sit
    /// under two headlines; or the open article is a dated report (本报长沙1月1日电) or unsigned, the kinds that run
    /// without sections, where an unsigned item after a report or a commentary is common.
    /// </summary>
    private string? HeadsUncreditedArticle(List<ClassifiedBlock> run, int end)
    {
        if (run.Any(r => r.Block.FontSize is not null || Punctuation.LeavesMarkOpen(r.Text)) || !InOpenArticle)
        {
            return null;
        }
        var ahead = ReadAhead(end);
        if (ahead.Paragraphs == 0 || current.Subheadings.Count > 0 || current.DisplayLinesInBody > 0 || ahead.HeadingCandidates > 0)
        {
            return null;
        }
        var creditedAtHead = current.Dateline is not null || current.Contributors.Count > 0;
        if (creditedAtHead && ahead.EndsInCredit)
        {
            return StartRules.HeadlineOfCreditedStretch;
        }
        // A signed feature (本报记者 X) is the kind of piece that runs in sections, sometimes under one 小标题; so is one
        // whose section goes on about the subject its headline names.
        var first = NextBlock(end);
        if (current.Dateline is not null && current.Paragraphs.Count == 1 && first is { Kind: BlockKind.Body } && !HeadsNewsLead(run, first))
        {
            // A 本报讯 report that has printed only its lead goes on under a line its picture or a 小标题 set there: a
            // story of its own would open as news does, not go on about the report's event.
            return null;
        }
        if (current.Dateline is null && current.Contributors.Count > 0
            || first is { Kind: BlockKind.Body } && AppendixLineRule.GoesOnAboutSubject(current.Headline, first.Text))
        {
            return first is { Kind: BlockKind.Body } && HeadsNewsLead(run, first) ? StartRules.HeadlineOverNewsLead : null;
        }
        return StartRules.LoneDisplayLine;
    }

    /// <summary>
    /// The one display line after a finished article heads a story of its own when the text under it opens as news
    /// does (a time phrase heading its first or second sentence) and points back to nothing. A 小标题 of a signed
    /// feature may open a section so too; it is told apart by its length: a story's headline says what happened, at
    /// least <see cref="MinNewsHeadlineLength"/> letters and no shorter than the article's headline above, while a
    /// feature's lone 小标题 is a short phrase.
    /// </summary>
    private bool HeadsNewsLead(List<ClassifiedBlock> run, ClassifiedBlock first)
    {
        if (run.Count != 1 || current is not { EndsMidSentence: false } article || Punctuation.IsTerminated(run[0].Text))
        {
            return false;
        }
        var length = Punctuation.VisibleLength(run[0].Text);
        return length >= MinNewsHeadlineLength && length >= Punctuation.VisibleLength(article.Headline ?? "")
            && !GoesOnFromBefore(first) && NewsLeadRule.OpensNewsLead(first.Text);
    }
}
