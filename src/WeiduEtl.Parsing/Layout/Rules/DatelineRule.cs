using System.Text.RegularExpressions;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Datelines that open a news item: 本报讯, 本报6月17日讯, 本刊讯, 本报北京10月9日电, 新华社北京10月9日电, 中新网上海3月1日电,
/// optionally followed by credits in brackets: 本报讯(记者 X 通讯员 Y), 本报讯（记者X）. The house names (本报) and
/// agencies (新华社) are the lexicon's.
/// </summary>
internal static partial class DatelineRule
{
    public static DatelineMatch? Match(string text, PressLexicon lexicon)
    {
        var printed = Punctuation.TrimSpaces(text);
        var folded = Punctuation.Fold(printed);
        var m = DatelinePattern(lexicon).Match(folded);
        if (!m.Success)
        {
            return null;
        }
        var dateline = printed[m.Groups["dl"].Index..(m.Groups["dl"].Index + m.Groups["dl"].Length)];
        var restStart = m.Groups["dl"].Index + m.Groups["dl"].Length;
        IReadOnlyList<Core.Parsing.Contributor> contributors = [];
        var credit = CreditPattern().Match(folded, restStart);
        if (credit.Success && BylineRule.TryParse(printed.Substring(credit.Groups["credit"].Index, credit.Groups["credit"].Length), lexicon, out var parsed))
        {
            contributors = parsed;
            restStart = credit.Index + credit.Length;
        }
        else if (ReportedBy().Match(folded, restStart) is { Success: true } reported
            && BylineRule.TryParse(printed.Substring(reported.Groups["credit"].Index, reported.Groups["credit"].Length), lexicon, out var reporters))
        {
            // 本报讯 记者 张三 通讯员 李四 报道：…
            contributors = reporters;
            restStart = reported.Index + reported.Length;
        }
        else if (restStart < printed.Length && char.IsWhiteSpace(printed[restStart])
            && BylineRule.TryParse(printed[restStart..], lexicon, out var lineCredit))
        {
            // 某某日报讯 记者 张三 通讯员 李四, on a line of its own: the credit the dateline's brackets would hold, the
            // text in the next paragraph.
            contributors = lineCredit;
            restStart = printed.Length;
        }
        var rest = Punctuation.TrimSpaces(printed[restStart..]).TrimStart(',', '，', ':', '：', ' ');
        return new DatelineMatch(dateline, contributors, rest);
    }

    // Date: arabic or Chinese numerals. A generic agency (…社, …网, …台, …报) needs a date, so that a sentence
    // opening with a community's name never reads as a dateline; so does a 电 with text right after it
    // (本报热线电话, 新华社电视中心, 本报记者走访供电所). Another paper's or site's own 讯 (晨报讯, 东南网3月2日讯,
    // 某某在线杭州5月6日讯) needs a date, a credit bracket, a space or a colon after it (某某网讯：…), as a sentence never
    // runs on that way; a round-up from several reports says so before its 讯 (某网综合讯). So does the house's own 讯
    // from a place without a date (本报某县讯 (记者 X)): 本报通讯员 runs on. A paper and its site may file together, their
    // names joined by a slash or a pause mark (某某日报/某某网讯, 某某晚报、某某网讯), as they share a byline (某某日报、某某网记者).
    private static Regex DatelinePattern(PressLexicon lexicon) => lexicon.Pattern(Dateline);

    private static readonly LexiconPattern Dateline = new(static l =>
        $@"^据?(?<dl>{l.House}(?:[\p{{IsCJKUnifiedIdeographs}}·]{{0,12}}?{Day}月{Day}日)?讯(?!息)"
        + $@"|{l.House}[\p{{IsCJKUnifiedIdeographs}}·]{{1,8}}?讯(?=\s|\(|:)"
        + $@"|{l.HouseOrAgency}[\p{{IsCJKUnifiedIdeographs}}·]{{0,12}}?(?:{Day}月{Day}日电|电(?![\p{{IsCJKUnifiedIdeographs}}]))"
        + $@"|[\p{{IsCJKUnifiedIdeographs}}]{{2,8}}?(?:{OutletNames.WireEnding})[\p{{IsCJKUnifiedIdeographs}}·]{{0,12}}?{Day}月{Day}日电"
        + $@"|(?:[\p{{IsCJKUnifiedIdeographs}}]{{1,8}}?(?:{OutletNames.NewsflashEnding})[/、])?[\p{{IsCJKUnifiedIdeographs}}]{{1,8}}?(?:{OutletNames.NewsflashEnding})(?:[\p{{IsCJKUnifiedIdeographs}}·]{{0,12}}?{Day}月{Day}日讯|(?:综合)?讯(?=\s|\(|:))"
        + $@"|{Reprint})");

    // A report another paper printed first opens with that paper's name in title marks and its reporters in brackets
    // (据《某某日报》消息(记者 X 通讯员 Y)…); without the bracketed credit 据《…》报道 opens a sentence of prose.
    private const string Reprint = @"《[^《》]{2,12}》(?:消息|报道)(?=\s*\([^()]{0,6}?(?:记者|通讯员))";

    private const string Day = "[0-9〇零一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"\G\s*\((?<credit>[^()]{1,48})\)")]
    private static partial Regex CreditPattern();

    [GeneratedRegex(@"\G\s*(?<credit>(?:本报)?(?:记者|通讯员)[^,。:()]{1,40}?)\s*报道\s*[:,]?")]
    private static partial Regex ReportedBy();
}
