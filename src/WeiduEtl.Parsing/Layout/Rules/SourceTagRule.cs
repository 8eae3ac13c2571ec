using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// What a short bracketed note at the end of an item means: a source tag such as (南宣) or（据新华社）, credits
/// such as（记者 张三）, or an end mark（完）. Found as a block of its own or at the end of the last paragraph.
/// </summary>
internal static partial class SourceTagRule
{
    /// <summary>The fewest letters of news after an opening credit: less is a caption's or a credit's line.</summary>
    private const int MinOpenedTextLength = 10;

    public static TrailingNote? MatchBlock(string text, PressLexicon lexicon)
    {
        var printed = Punctuation.TrimSpaces(text);
        var folded = Punctuation.Fold(printed);
        var m = BracketOnly().Match(folded);
        if (m.Success)
        {
            return ReadInner(printed, m, lexicon);
        }
        if (OutletCredit().Match(folded) is { Success: true } outlet
            && ReadInner(printed, outlet, lexicon) is { Kind: TrailingNoteKind.Credits or TrailingNoteKind.Dateline } credit)
        {
            return credit;
        }
        if (UnbracketedTag(folded, lexicon) is { } tag)
        {
            return new TrailingNote(TrailingNoteKind.SourceTag, tag, []);
        }
        return EndMark().IsMatch(folded) ? new TrailingNote(TrailingNoteKind.End, null, []) : null;
    }

    /// <summary>
    /// A paragraph opening with its reporters in brackets and going on with the news（记者 甲 乙摄影报道）3月1日，…: the
    /// first paragraph of a report, as a 本报讯 opener is; the text under a 小标题 goes on without naming anyone.
    /// A picture's caption may stand between a headline and this paragraph.
    /// </summary>
    public static bool OpensWithCredit(string paragraph) =>
        CreditOpener().Match(Punctuation.FoldTrimmed(paragraph)) is { Success: true } m
        && Punctuation.VisibleLength(m.Groups["rest"].Value) >= MinOpenedTextLength;

    /// <summary>
    /// Splits a note off the end of a paragraph that closes its sentence first: …动力。（南宣）; a paragraph that is
    /// all note gives an empty paragraph.
    /// </summary>
    public static (string Paragraph, TrailingNote Note)? SplitTrailing(string paragraph, PressLexicon lexicon)
    {
        var printed = Punctuation.TrimSpaces(paragraph);
        var folded = Punctuation.Fold(printed);
        var m = TrailingBracket().Match(folded);
        if (!m.Success && SpacedCredit(printed, folded, lexicon) is { } spaced)
        {
            return spaced;
        }
        if (!m.Success)
        {
            // A credit that a column end cut in two is rejoined as a paragraph of its own: all of it is the note.
            return BracketOnly().Match(folded) is { Success: true } whole && ReadInner(printed, whole, lexicon) is { } own
                ? ("", own)
                : null;
        }
        var note = ReadInner(printed, m, lexicon);
        if (note is null)
        {
            return null;
        }
        return (Punctuation.TrimSpaces(printed[..m.Groups["note"].Index]), note);
    }

    /// <summary>
    /// A reporter's credit set after the last sentence with a wide space and no brackets (…已全部铲除。  记者 王某): a
    /// role word opens it and only names and role words follow. Without the space it could be the next sentence's start.
    /// Like a closing credit on a line of its own, it stays in the text as printed; it names the reporters and ends the item.
    /// </summary>
    private static (string Paragraph, TrailingNote Note)? SpacedCredit(string printed, string folded, PressLexicon lexicon)
    {
        var m = TrailingSpacedCredit().Match(folded);
        if (!m.Success)
        {
            return null;
        }
        var credit = printed[m.Groups["credit"].Index..];
        if (credit.EndsWith('摄'))
        {
            // A picture's credit glued to a caption closes the caption, not the article.
            return null;
        }
        return BylineRule.TryParse(credit, lexicon, out var people) && people.Count > 0
            ? (printed, new TrailingNote(TrailingNoteKind.Credits, null, people))
            : null;
    }

    /// <summary>What the bracket a match's <c>inner</c> group found in the folded text says, read from the printed text.</summary>
    private static TrailingNote? ReadInner(string printed, Match bracket, PressLexicon lexicon) =>
        Read(printed.Substring(bracket.Groups["inner"].Index, bracket.Groups["inner"].Length), lexicon);

    private static TrailingNote? Read(string inner, PressLexicon lexicon)
    {
        var text = Punctuation.TrimSpaces(inner);
        var folded = Punctuation.Fold(text);
        if (folded is "完" or "全文完" or "待续" or "未完待续")
        {
            return new TrailingNote(TrailingNoteKind.End, null, []);
        }
        if (PageFurnitureRule.IsFurniture(text) || PartNumber().IsMatch(folded))
        {
            // （二） on a line of its own numbers the next part of a long commentary: a line of its text, no tag.
            return null;
        }
        if (AuthorNote().IsMatch(folded))
        {
            return new TrailingNote(TrailingNoteKind.AuthorNote, text, []);
        }
        if (DatelineRule.Match(text, lexicon) is { } dateline)
        {
            if (dateline.Rest.Length == 0)
            {
                return new TrailingNote(TrailingNoteKind.Dateline, dateline.Dateline, dateline.Contributors);
            }
            // （新华社北京1月1日电 记者甲、乙）: a dateline with the reporters after it, unbracketed inside the note.
            if (BylineRule.TryParse(dateline.Rest, lexicon, out var reporters))
            {
                return new TrailingNote(TrailingNoteKind.Dateline, dateline.Dateline, [.. dateline.Contributors, .. reporters]);
            }
        }
        if (BylineRule.TryParse(text, lexicon, out var people))
        {
            return new TrailingNote(TrailingNoteKind.Credits, null, people);
        }
        if (text.Length is >= 1 and <= 10 && Tag().IsMatch(folded))
        {
            return new TrailingNote(TrailingNoteKind.SourceTag, text, []);
        }
        return null;
    }

    /// <summary>A profile's source tag printed without brackets on a line of its own, after a mark or dash (■魏宣, —魏宣).</summary>
    private static string? UnbracketedTag(string folded, PressLexicon lexicon)
    {
        if (lexicon.SourceTags.Count == 0)
        {
            return null;
        }
        var bare = folded.Trim().TrimStart('■', '□', '●', '◆', '▲', '★', '-', '—', ' ').TrimEnd(' ', '-', '—');
        return lexicon.SourceTags.Contains(bare) ? bare : null;
    }

    // 作者为…, 作者系…, 作者单位：…, 执笔：…: who wrote a commentary, printed after it. A 执笔 writer is no reporter.
    [GeneratedRegex(@"^(?:作者(?:为|系|是|单位|简介)|执笔(?:人)?\s*:)")]
    private static partial Regex AuthorNote();

    // One level of brackets inside is kept: （作者为中央党校（国家行政学院）教授）.
    [GeneratedRegex(@"^\((?<inner>(?:[^()]|\([^()]{0,40}\)){1,160})\)$")]
    private static partial Regex BracketOnly();

    // In square brackets a site's reporters may come with what they did (【某某网记者回访】): only a date after it
    // makes it an opener, as 【记者手记】 and its like head a box inside the text.
    [GeneratedRegex(@"^(?:\((?:本报|特约|见习|实习)?(?:记者|通讯员)\s*\p{IsCJKUnifiedIdeographs}[^()]{1,40}\)|\[[^\[\]]{0,12}?记者[^\[\]]{0,12}\](?=[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年|近日|日前|昨日|昨天|今天|今日))\s*(?<rest>[\p{IsCJKUnifiedIdeographs}0-9].*)$")]
    private static partial Regex CreditOpener();

    // 晚报（记者 甲 通讯员 乙）: the paper's or site's name before the closing credit's bracket, on a line of its own.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,10}?(?:" + OutletNames.ClosingCreditEnding + @")\s*\((?<inner>[^()]{2,60})\)$")]
    private static partial Regex OutletCredit();

    [GeneratedRegex(@"^[-—=\s]*\(?完\)?[-—=\s]*$")]
    private static partial Regex EndMark();

    [GeneratedRegex(@"[。!?”’…](?<note>\s*\((?<inner>(?:[^()]|\([^()]{0,40}\)){1,160})\))\s*$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"[。!?”’…]\s+(?<credit>(?:本报|特约|见习|实习)?(?:记者|通讯员|实习生)\s*\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}\s、]{1,24})$")]
    private static partial Regex TrailingSpacedCredit();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*$")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·《》\s]+$")]
    private static partial Regex Tag();
}
