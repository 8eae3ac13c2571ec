using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// What display type looks like when only the text is known. A loose heading is short, ends no sentence
/// and holds none; it is trusted when a byline or dateline confirms it. A strict heading is also free of the
/// enumeration commas and semicolons of running text, and stands on its own as a subheading or a brief's title.
/// </summary>
internal static partial class HeadingShapeRule
{
    public const int MaxLooseLength = 40;
    public const int MaxStrictLength = 30;

    public static bool IsLoose(string text)
    {
        var printed = Punctuation.TrimSpaces(text);
        // A column tag after a headline（守初心 担使命·记者观察）does not make it prose, however long the tag.
        // A question before the tag (…如何防范？（来信调查）) ends the headline, not a sentence inside it.
        var head = WithoutColumnTag(printed);
        var length = Punctuation.VisibleLength(head);
        if (length is < 2 or > MaxLooseLength || (Punctuation.HasInnerSentenceEnd(head) && !ExclaimedLead().IsMatch(Punctuation.Fold(head)))
            || (Punctuation.EndsMidClause(printed) && !IsLeadIn(printed)))
        {
            return false;
        }
        var folded = Punctuation.Fold(printed).TrimEnd('”', '’', '"', '\'');
        return folded.Length > 0 && folded[^1] is not ('。' or '.' or '…' or ';') && !Numbering().IsMatch(folded);
    }

    public static bool IsStrict(string text)
    {
        var printed = Punctuation.TrimSpaces(text);
        if (!IsLoose(printed) || IsLeadIn(printed) || Punctuation.VisibleLength(printed) > MaxStrictLength || Punctuation.HasInnerSentenceEnd(printed))
        {
            return false;
        }
        // A numbered subheading (一、加强组织领导 / （二）守住底线) keeps its number; the 、 after it is no list.
        var folded = NumberPrefix().Replace(Punctuation.Fold(printed), "");
        return folded.Length > 0 && !folded.Contains('、', StringComparison.Ordinal) && !folded.Contains(';', StringComparison.Ordinal)
            && folded.Count(c => c == ',') <= 1 && folded[^1] is not ('!' or '?') && !ReportedSpeech().IsMatch(folded);
    }

    /// <summary>
    /// A headline with a cry inside (总投资过百亿！某市八十个项目开工, 守护一方水，共创文明城！社区夜话让生活更美好): a line of
    /// headline length holding one inner ! or ? and no full stop, ending in no sentence mark. Prose holds such a line
    /// too, so it is read as display type only where a dateline or byline under it confirms it.
    /// </summary>
    public static bool IsCriedHeadline(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        var length = Punctuation.VisibleLength(folded);
        return length is >= 6 and <= MaxLooseLength && folded.Count(c => c is '!' or '?') == 1 && Punctuation.HasInnerSentenceEnd(folded)
            && !folded.Contains('。', StringComparison.Ordinal) && !folded.Contains(';', StringComparison.Ordinal)
            && !Punctuation.IsTerminated(folded) && !Punctuation.EndsMidClause(folded) && !Punctuation.LeavesMarkOpen(folded)
            && !ReportedSpeech().IsMatch(folded);
    }

    /// <summary>
    /// A lead-in kicker: a display line ending in a double dash that hands over to the headline under it
    /// (…不想腐——). Display type only with a headline after it; alone it is more likely prose cut at a dash.
    /// </summary>
    public static bool IsLeadIn(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        return folded.Length >= 4 && (folded.EndsWith("——", StringComparison.Ordinal) || folded.EndsWith("--", StringComparison.Ordinal));
    }

    /// <summary>
    /// A short name or noun and a colon on a line of its own (明德英：, 西藏昌都三英烈：, 某县某乡某村：, 70多岁老党员某某：):
    /// a lead-in kicker.
    /// </summary>
    public static bool IsNameLeadIn(string text) => NameLeadIn().IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>A subheadline mark: a leading dash (——记…) or a line wholly in brackets（国际时评）.</summary>
    public static bool IsMarkedSubheadline(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        return folded.StartsWith('—') || folded.StartsWith("--", StringComparison.Ordinal) || WhollyBracketed().IsMatch(folded);
    }

    /// <summary>
    /// A headline ending in the name of the column it runs in, in brackets: …温度（人民时评）, …篇章（大使随笔）. Subheadings
    /// carry no such tag.
    /// </summary>
    public static bool HasColumnTag(string text) => ColumnTag(text) is not null;

    /// <summary>
    /// A column tag alone on a line（动感2020）,（反馈）: a headline set narrow wrapped it off the line it ends, so it is
    /// the end of that line, never a subheadline of its own.
    /// </summary>
    public static bool IsWrappedColumnTag(string text)
    {
        var m = LoneTag().Match(Punctuation.FoldTrimmed(text));
        return m.Success && !Punctuation.HasInnerSentenceEnd(m.Groups["tag"].Value) && !m.Groups["tag"].Value.Contains(',', StringComparison.Ordinal)
            && !IsCredit(m.Groups["tag"].Value);
    }

    /// <summary>A line opening with reported speech (声明说，… / 他表示，…): prose; a headline quotes with a colon.</summary>
    public static bool OpensWithReportedSpeech(string folded) => ReportedSpeech().IsMatch(folded);

    /// <summary>A numbered line (一、招聘方式（22人）, （二）报名资料): a part of the text it stands in, never a headline.</summary>
    public static bool IsNumbered(string text) => NumberPrefix().IsMatch(Punctuation.FoldTrimmed(text));

    public static string WithoutColumnTag(string printed) =>
        ColumnTag(printed) is { } tag ? printed[..(tag.Index - 1)] : printed;

    private static Group? ColumnTag(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        var m = TrailingColumnTag().Match(folded);
        return m.Success && Punctuation.VisibleLength(m.Groups["head"].Value) >= 4 && !NumberPrefix().IsMatch(folded) && !Punctuation.HasInnerSentenceEnd(m.Groups["tag"].Value)
            && !IsCredit(m.Groups["tag"].Value) ? m.Groups["tag"] : null;
    }

    // （记者 任重）is a credit; （记者观察）and（记者手记·一线见闻）are column names that a loose byline reading would take
    // for role and name, so every name must open with a surname. The shape of a heading is read before any profile
    // applies, so the built-in role words decide.
    private static bool IsCredit(string tag) =>
        BylineRule.TryParse(tag, PressLexicon.BuiltIn, out var people) && people.All(p => PersonNames.IsSurname(p.Name[0]));

    /// <summary>The subheadline without its leading dash.</summary>
    public static string StripDash(string text) => Punctuation.TrimSpaces(Punctuation.TrimSpaces(text).TrimStart('—', '-', '－', '─'));

    // A headline may open with a short cry before its statement (重磅！…, 获刑三年！…, 注意！…): one inner ! or ?, after a
    // phrase of a few letters without commas, and a clause after it, where a line of prose would run on with commas.
    [GeneratedRegex(@"^[^,。!?、;:“”""()]{2,8}[!?][^,。!?;()]{6,}$")]
    private static partial Regex ExclaimedLead();

    [GeneratedRegex(@"^(?<head>[^()]+)\((?<tag>[^()]{2,60})\)$")]
    private static partial Regex TrailingColumnTag();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[.、])\s*")]
    private static partial Regex NumberPrefix();

    // A bare list number (1. / （一）) is never display type on its own.
    [GeneratedRegex(@"^(?:[0-9]{1,2}[.、]|\([一二三四五六七八九十0-9]{1,3}\))$")]
    private static partial Regex Numbering();

    // 声明说，… / 他表示，…: reported speech opens a sentence of prose; a headline quotes with a colon (斯里兰卡总统：…).
    [GeneratedRegex(@"^[^,:]{1,12}(?:说|表示|指出|介绍|认为|强调|透露|坦言|称),")]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"^\((?<tag>[^()\s]{2,12})\)$")]
    private static partial Regex LoneTag();

    [GeneratedRegex(@"^(?:\([^()]{2,30}\)|\[[^\[\]]{2,30}\])$")]
    private static partial Regex WhollyBracketed();

    [GeneratedRegex(@"^(?=.*\p{IsCJKUnifiedIdeographs}.)[\p{IsCJKUnifiedIdeographs}·、0-9]{2,14}:$")]
    private static partial Regex NameLeadIn();
}
